package co.gov.mineducacion.cooperation.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated offer with everything stored beside it: the codes it names, its history
 * and the submitter's consent.
 */
record GeneratedOffer(long id, String trackingCode, Organisation organisation, Contact contact, Proposal proposal,
		Codes codes, History history, Instant receivedAt, String clientAddress) {

	/**
	 * Made by the generator: the mark by which it knows its own offers.
	 */
	static final String FORM_TOKEN_PREFIX = "generated-";

	String formToken() {
		return FORM_TOKEN_PREFIX + this.id;
	}

	String language() {
		return this.organisation.language();
	}

	/**
	 * The strategic projects, departments and action types, each sorted as the database
	 * keeps its copy of them on the offer.
	 */
	record Codes(List<String> projects, List<String> departments, boolean nationalScope, List<String> actionTypes) {
	}

	/**
	 * The person who wrote, or the anonymised placeholders once the retention period has
	 * passed.
	 */
	record Contact(String name, String position, String email, String phone) {
	}

	record Proposal(String title, String description, String contributionKind, BigDecimal estimatedValue,
			String currency, LocalDate startDate, LocalDate endDate) {
	}

	/**
	 * Where the offer stands and how it got there.
	 */
	record History(String status, List<Event> events, Long assigneeId, Instant clockStartedAt, Long duplicateOfId,
			Instant anonymisedAt) {

		/**
		 * The last change of the offer; anonymisation leaves it as it was.
		 */
		Instant updatedAt() {
			return this.events.get(this.events.size() - 1).occurredAt();
		}

	}

	record Event(Instant occurredAt, String actor, String kind, String oldStatus, String newStatus, String message,
			boolean visibleToSubmitter) {
	}

}
