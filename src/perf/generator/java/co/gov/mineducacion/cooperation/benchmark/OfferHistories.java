package co.gov.mineducacion.cooperation.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import co.gov.mineducacion.cooperation.benchmark.GeneratedOffer.Event;
import co.gov.mineducacion.cooperation.benchmark.GeneratedOffer.History;

/**
 * Where an offer stands, given its age, and the history that led there along the review
 * workflow: recent offers are mostly waiting, old ones mostly decided, a few forgotten.
 * Open offers run their response clock; closed offers without cooperation past the
 * retention period are anonymised, as the nightly job would have done.
 */
final class OfferHistories {

	private static final String[] STATUSES = { "RECEIVED", "IN_REVIEW", "MORE_INFORMATION_REQUESTED", "ACCEPTED",
			"DECLINED", "WITHDRAWN", "CLOSED_AS_DUPLICATE" };

	/** Per mille, by the offer's age: under 30 days, under 90 days, older. */
	private static final int[][] WEIGHTS = { { 450, 250, 120, 60, 60, 30, 30 }, { 40, 140, 150, 270, 300, 50, 50 },
			{ 1, 4, 15, 380, 440, 100, 60 } };

	private static final String SUBMITTER = "submitter";

	private final OfficeStaff staff;

	private final Instant now;

	private final int retentionMonths;

	OfferHistories(OfficeStaff staff, Instant now, int retentionMonths) {
		this.staff = staff;
		this.now = now;
		this.retentionMonths = retentionMonths;
	}

	History draw(SplittableRandom random, Instant received, String language, Long earlierOfferOfSameOrganisation) {
		String status = status(random, Duration.between(received, this.now).toDays());
		if (status.equals("CLOSED_AS_DUPLICATE") && earlierOfferOfSameOrganisation == null) {
			status = "DECLINED";
		}
		Steps steps = new Steps(random, received, language);
		Long assignee = (!status.equals("RECEIVED") || random.nextBoolean()) ? this.staff.any(random) : null;
		if (assignee != null) {
			steps.add(this.staff.email(this.staff.any(random)), "ASSIGNED", "RECEIVED", "RECEIVED",
					String.valueOf(assignee), false, 48);
		}
		String reviewer = (assignee != null) ? this.staff.email(assignee) : null;
		Instant clock = received;
		switch (status) {
			case "RECEIVED" -> {
			}
			case "CLOSED_AS_DUPLICATE" -> steps.add(reviewer, status, "RECEIVED", status, OfferTexts.DUPLICATE, 120);
			default -> {
				if (status.equals("WITHDRAWN") && random.nextInt(5) < 2) {
					steps.add(SUBMITTER, status, "RECEIVED", status, OfferTexts.WITHDRAW, 200);
					break;
				}
				steps.add(reviewer, "REVIEW_STARTED", "RECEIVED", "IN_REVIEW", OfferTexts.THANKS, 120);
				boolean waiting = status.equals("MORE_INFORMATION_REQUESTED");
				if (waiting || random.nextInt(4) == 0) {
					steps.add(reviewer, "INFORMATION_REQUESTED", "IN_REVIEW", "MORE_INFORMATION_REQUESTED",
							OfferTexts.REQUEST, 240);
					if (!waiting) {
						clock = steps.add(SUBMITTER, "INFORMATION_PROVIDED", "MORE_INFORMATION_REQUESTED", "IN_REVIEW",
								OfferTexts.ANSWER, 240);
					}
				}
				if (!waiting && !status.equals("IN_REVIEW")) {
					String actor = status.equals("WITHDRAWN") ? SUBMITTER : reviewer;
					int message = switch (status) {
						case "ACCEPTED" -> OfferTexts.ACCEPT;
						case "DECLINED" -> OfferTexts.DECLINE;
						default -> OfferTexts.WITHDRAW;
					};
					steps.add(actor, status, "IN_REVIEW", status, message, 480);
				}
			}
		}
		boolean open = status.equals("RECEIVED") || status.equals("IN_REVIEW");
		Instant anonymised = anonymisedAt(random, status, steps.last());
		return new History(status, (anonymised != null) ? steps.withoutMessages() : steps.events, assignee,
				open ? clock : null, status.equals("CLOSED_AS_DUPLICATE") ? earlierOfferOfSameOrganisation : null,
				anonymised);
	}

	private static String status(SplittableRandom random, long ageDays) {
		int[] weights = WEIGHTS[(ageDays < 30) ? 0 : (ageDays < 90) ? 1 : 2];
		int draw = random.nextInt(1000);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return STATUSES[i];
			}
		}
		return STATUSES[4];
	}

	private Instant anonymisedAt(SplittableRandom random, String status, Instant closed) {
		boolean withoutCooperation = status.equals("DECLINED") || status.equals("WITHDRAWN")
				|| status.equals("CLOSED_AS_DUPLICATE");
		Instant due = closed.atZone(ZoneOffset.UTC).plusMonths(this.retentionMonths).toInstant();
		if (!withoutCooperation || due.isAfter(this.now)) {
			return null;
		}
		Instant night = due.plus(Duration.ofMinutes(random.nextInt(24 * 60)));
		return night.isAfter(this.now) ? this.now : night;
	}

	/**
	 * The history as it grows: each step a little after the last, never after now.
	 */
	private final class Steps {

		private final SplittableRandom random;

		private final String language;

		private final List<Event> events = new ArrayList<>();

		Steps(SplittableRandom random, Instant received, String language) {
			this.random = random;
			this.language = language;
			this.events.add(new Event(received, SUBMITTER, "SUBMITTED", null, "RECEIVED", null, true));
		}

		Instant add(String actor, String kind, String from, String to, int message, int maxHours) {
			return add(actor, kind, from, to, OfferTexts.message(message, this.language), true, maxHours);
		}

		Instant add(String actor, String kind, String from, String to, String message, boolean visible, int maxHours) {
			Instant previous = last();
			Instant planned = previous.plus(Duration.ofMinutes(10 + this.random.nextInt(maxHours * 60)));
			Instant at = planned.isBefore(OfferHistories.this.now) ? planned
					: previous.plus(Duration.between(previous, OfferHistories.this.now).multipliedBy(9).dividedBy(10));
			this.events.add(new Event(at, actor, kind, from, to, message, visible));
			return at;
		}

		Instant last() {
			return this.events.get(this.events.size() - 1).occurredAt();
		}

		List<Event> withoutMessages() {
			return this.events.stream()
				.map((e) -> new Event(e.occurredAt(), e.actor(), e.kind(), e.oldStatus(), e.newStatus(), null,
						e.visibleToSubmitter()))
				.toList();
		}

	}

}
