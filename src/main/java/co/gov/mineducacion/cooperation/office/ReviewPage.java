package co.gov.mineducacion.cooperation.office;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.catalog.SuggestedProject;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.offer.PossibleDuplicate;
import co.gov.mineducacion.cooperation.offer.ReviewDetails;
import co.gov.mineducacion.cooperation.offer.ReviewMove;
import co.gov.mineducacion.cooperation.staff.StaffMember;

/**
 * Everything the offer page shows besides its forms: the offer, who handles it, its
 * response clock, the colleagues it may be assigned to, possible duplicates, suggested
 * projects, project and staff names, and the answer templates for each move (in the
 * submitter's language).
 */
record ReviewPage(ReviewDetails offer, String assignee, ResponseClock clock, List<StaffMember> colleagues,
		Map<Long, String> staffNames, List<PossibleDuplicate> duplicates, List<SuggestedProject> suggestions,
		Map<String, String> projectNames, Map<String, List<TemplateChoice>> templates) {

	/**
	 * The moves made with a button alone (public for the templates).
	 */
	public List<ReviewMove> buttons() {
		return ReviewMove.withoutMessage();
	}

	/**
	 * The moves that carry a message to the submitter, in the order the page shows them
	 * (public for the templates).
	 */
	public List<ReviewMove> replies() {
		return ReviewMove.withMessage();
	}

	/**
	 * Whether the offer may make this move now.
	 */
	public boolean allows(ReviewMove move) {
		return move.isAllowedFrom(this.offer.status());
	}

	/**
	 * Whether the offer may make the move with this path segment now.
	 */
	public boolean allows(String move) {
		return ReviewMove.bySlug(move).map(this::allows).orElse(false);
	}

	/**
	 * Whether the office may forward the offer to the competent entity now (Ley 1755 de
	 * 2015, art. 21; public for the templates).
	 */
	public boolean forwardable() {
		return this.offer.nextStatuses().contains(OfferStatus.FORWARDED);
	}

	/**
	 * The template with this id, with the move it is for, among those offered.
	 */
	Optional<Map.Entry<String, TemplateChoice>> template(Long id) {
		return this.templates.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue().stream().map((choice) -> Map.entry(entry.getKey(), choice)))
			.filter((entry) -> entry.getValue().id().equals(id))
			.findFirst();
	}

	/**
	 * The name of the staff member with this id (as the history stores it), or a dash for
	 * someone no longer active.
	 */
	public String staffName(String id) {
		try {
			return this.staffNames.getOrDefault(Long.valueOf(id), "—");
		}
		catch (NumberFormatException ex) {
			return "—";
		}
	}

}
