package co.gov.mineducacion.cooperation.shared;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone saved the record after the page showing it was opened: nothing was overwritten.
 * Forms show themselves again with what was typed (see {@code shared.web.FormPage});
 * anywhere else the 409 page answers. It is an {@link OptimisticLockingFailureException},
 * so a version that moves on between the check and the commit reads the same.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleEditException extends OptimisticLockingFailureException {

	public StaleEditException(String what) {
		super(what + " changed meanwhile");
	}

	/**
	 * The one version check: refuses the edit when the record's version is not the one
	 * the page was opened with.
	 * @param what the record, as the log should name it ("Offer CO-2026-00001")
	 * @param current the record's version now
	 * @param seen the version the page was opened with; {@code null} when there was no
	 * page to be stale
	 */
	public static void check(String what, long current, Long seen) {
		if (seen != null && current != seen) {
			throw new StaleEditException(what);
		}
	}

}
