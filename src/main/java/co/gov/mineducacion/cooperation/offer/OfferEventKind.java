package co.gov.mineducacion.cooperation.offer;

/**
 * What happened to an offer.
 */
public enum OfferEventKind {

	SUBMITTED, REVIEW_STARTED, INFORMATION_REQUESTED, INFORMATION_PROVIDED, ACCEPTED, DECLINED, WITHDRAWN, ASSIGNED,
	NOTE,

	/**
	 * The office closed the offer because it repeats another; the message names no other
	 * submitter's data.
	 */
	CLOSED_AS_DUPLICATE,

	UNASSIGNED,

	/**
	 * The office linked a strategic project the submitter had not chosen.
	 */
	PROJECT_LINKED,

	/**
	 * The office told the submitter why the answer will come late and by when (Ley 1755
	 * de 2015, art. 14, parágrafo); the message is the reason.
	 */
	TERM_EXTENDED,

	/**
	 * A staff member filed the offer on the person's behalf: it came by phone, in person,
	 * by email or by post (the message names the channel).
	 */
	FILED_BY_STAFF,

	/**
	 * The office sent the offer to the competent entity (Ley 1755 de 2015, art. 21); the
	 * message is what the submitter was told.
	 */
	FORWARDED,

	/**
	 * The submitter asked for one more month to answer a request for information (Ley
	 * 1755 de 2015, art. 17).
	 */
	INFORMATION_TERM_EXTENDED,

	/**
	 * The term to answer a request for information passed without an answer: the offer is
	 * taken as withdrawn (Ley 1755 de 2015, art. 17).
	 */
	TACITLY_WITHDRAWN

}
