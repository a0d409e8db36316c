package co.gov.mineducacion.cooperation.office;

import java.io.Serializable;
import java.util.List;

/**
 * What a bulk action did, for the flash message after the redirect: how many offers
 * moved, and each one skipped with the reason.
 *
 * @param notice the message key of what was done, with the number of offers
 * @param done how many offers the action changed
 * @param skipped the offers left as they were
 */
record BulkOutcome(String notice, int done, List<Skipped> skipped) implements Serializable {

	BulkOutcome {
		skipped = List.copyOf(skipped);
	}

	/**
	 * An offer the action did not change.
	 *
	 * @param reason message key: the move is not allowed from the offer's status, a
	 * colleague changed it meanwhile, or it does not exist
	 * @param status the offer's status when the move was not allowed, otherwise
	 * {@code null}
	 */
	record Skipped(String trackingCode, String reason, String status) implements Serializable {

	}

}
