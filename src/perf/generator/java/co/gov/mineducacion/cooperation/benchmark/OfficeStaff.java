package co.gov.mineducacion.cooperation.benchmark;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated office members offers are assigned to, by id with their sign-in emails.
 */
record OfficeStaff(List<Long> ids, List<String> emails) {

	long any(SplittableRandom random) {
		return this.ids.get(random.nextInt(this.ids.size()));
	}

	String email(long id) {
		return this.emails.get(this.ids.indexOf(id));
	}

}
