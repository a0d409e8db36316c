package co.gov.mineducacion.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * Everything published about an activity, in both languages, for open data. It holds the
 * activity's public contact as the office wrote it, and nothing about whoever submitted
 * the offer an activity came from.
 *
 * @param departments every department it works in (its own and its cities'), by DIVIPOLA
 * code
 * @param status the status today
 */
public record ActivityRecord(String slug, Bilingual title, Bilingual description, PartialDate start, PartialDate end,
		ActivityStatus status, Integer ageMin, Integer ageMax, List<OrganisationRecord> organisations,
		Set<String> departments, List<CityRecord> cities, Set<String> strategicProjects, Set<String> actionTypes,
		Set<String> sectors, List<LinkRecord> links, ContactRecord contact, List<TargetRecord> targets,
		List<MilestoneRecord> milestones, Instant updatedAt, FundingRecord funding) {

	/**
	 * An organisation in its role; {@code commitment} is a funder's committed amount, or
	 * {@code null}.
	 */
	public record OrganisationRecord(String name, OrganisationRole role, Money commitment) {

		public OrganisationRecord(String name, OrganisationRole role) {
			this(name, role, null);
		}

	}

	/**
	 * Money, type, modality, SDG goals and beneficiaries; unknown parts are {@code null}
	 * or empty. {@code accountsClosed} says the office has closed the activity's
	 * accounts.
	 */
	public record FundingRecord(Money budget, Money international, Money counterpart, CooperationType type,
			Modality modality, Set<Integer> sdgs, Map<BeneficiaryGroup, Long> beneficiaries,
			List<DisbursementRecord> disbursements, boolean accountsClosed) {
	}

	/**
	 * Money disbursed on its value date, by a named provider or {@code null}.
	 */
	public record DisbursementRecord(Money money, String provider) {
	}

	public record CityRecord(String code, String name, String departmentCode) {
	}

	public record LinkRecord(String url, String title) {
	}

	/**
	 * The public contact; any part may be {@code null}.
	 */
	public record ContactRecord(String name, Bilingual department, String email, String phone) {

		public boolean isEmpty() {
			return this.name == null && this.department == null && this.email == null && this.phone == null;
		}

	}

	/**
	 * A target and the latest value reached ({@code null} before the first record).
	 */
	public record TargetRecord(Bilingual indicator, long target, Long reached, LocalDate reachedOn) {
	}

	public record MilestoneRecord(LocalDate date, Bilingual text) {
	}

}
