package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.offer.ReviewMove;

/**
 * How the offer page opens: with a template or an original chosen (a plain GET), or again
 * after a move failed, with what the staff member typed and why it failed.
 *
 * @param template the answer template to pre-fill its move's form with, if any
 * @param original the filing number to pre-fill as the original of a duplicate, if any
 * @param move the move that failed, if any
 * @param typed what was posted with the failed move
 * @param problem message key of the page-level problem
 * @param error message key of the problem beside a field of the failed move
 * @param errorField the field {@code error} is about ({@code subject}, {@code message} or
 * {@code original})
 */
record ReviewPageState(Long template, String original, ReviewMove move, ReviewActionForm typed, String problem,
		String error, String errorField) {

	static ReviewPageState opened(Long template, String original) {
		return new ReviewPageState(template, original, null, null, null, null, null);
	}

	/**
	 * A problem for the whole page, after a form of its own (the extension notice, the
	 * forwarding) could not be used.
	 */
	static ReviewPageState problem(String problem) {
		return new ReviewPageState(null, null, null, null, problem, null, null);
	}

	/**
	 * Someone changed the offer first, or the move is not allowed now.
	 */
	static ReviewPageState refused(ReviewMove move, ReviewActionForm typed, String problem) {
		return new ReviewPageState(null, null, move, typed, problem, null, null);
	}

	/**
	 * A field of the move is missing or wrong.
	 */
	static ReviewPageState invalid(ReviewMove move, ReviewActionForm typed, String field, String error) {
		return new ReviewPageState(null, null, move, typed, "office.offer.fixTheForm", error, field);
	}

}
