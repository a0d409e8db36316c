package co.gov.mineducacion.cooperation.offer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The moves the office makes on an offer, named once: the path segment that names a move
 * on the offer page ({@code /admin/offers/{code}/accept}), the workflow transition it
 * makes, whether it carries a message to the submitter (such a move is also what an
 * answer template is written for), and whether the queue makes it on many offers at once.
 * A new move is a constant here and its transition in {@link OfferTransition}; the page,
 * the queue, the answer templates and the emails follow.
 */
public enum ReviewMove {

	START_REVIEW("start-review", OfferTransition.START_REVIEW, false, true),

	REQUEST_INFORMATION("request-information", OfferTransition.REQUEST_INFORMATION, true, true),

	ACCEPT("accept", OfferTransition.ACCEPT, true, true),

	DECLINE("decline", OfferTransition.DECLINE, true, true),

	/**
	 * Names the original the offer repeats, so it is made on one offer at a time.
	 */
	CLOSE_AS_DUPLICATE("close-as-duplicate", OfferTransition.CLOSE_AS_DUPLICATE, true, false);

	private final String slug;

	private final OfferTransition transition;

	private final boolean messageRequired;

	private final boolean inBulk;

	ReviewMove(String slug, OfferTransition transition, boolean messageRequired, boolean inBulk) {
		this.slug = slug;
		this.transition = transition;
		this.messageRequired = messageRequired;
		this.inBulk = inBulk;
	}

	/**
	 * The move with this path segment, if there is one.
	 */
	public static Optional<ReviewMove> bySlug(String slug) {
		return Arrays.stream(values()).filter((move) -> move.slug.equals(slug)).findFirst();
	}

	/**
	 * The moves that tell the submitter something, in the order the offer page shows
	 * them: the purposes an answer template can serve.
	 */
	public static List<ReviewMove> withMessage() {
		return Arrays.stream(values()).filter(ReviewMove::requiresMessage).toList();
	}

	/**
	 * The moves made with a button alone, without a message.
	 */
	public static List<ReviewMove> withoutMessage() {
		return Arrays.stream(values()).filter((move) -> !move.messageRequired).toList();
	}

	/**
	 * The moves the queue makes on the offers ticked in it, in workflow order.
	 */
	public static List<ReviewMove> inBulk() {
		return Arrays.stream(values()).filter((move) -> move.inBulk).toList();
	}

	public String slug() {
		return this.slug;
	}

	/**
	 * The status the move leads to.
	 */
	public OfferStatus target() {
		return this.transition.target();
	}

	public boolean requiresMessage() {
		return this.messageRequired;
	}

	/**
	 * Whether the move names the original the offer repeats.
	 */
	public boolean needsOriginal() {
		return this.transition == OfferTransition.CLOSE_AS_DUPLICATE;
	}

	/**
	 * Whether an offer in {@code status} may make this move.
	 */
	public boolean isAllowedFrom(OfferStatus status) {
		return this.transition.startsFrom(status);
	}

	OfferTransition transition() {
		return this.transition;
	}

}
