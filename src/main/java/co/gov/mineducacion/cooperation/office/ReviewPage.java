package co.gov.mineducacion.cooperation.office;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.catalog.SuggestedProject;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.offer.PossibleDuplicate;
import co.gov.mineducacion.cooperation.offer.ReviewDetails;
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
	 * The moves that carry a message to the submitter, in the order the page shows them,
	 * with the status each leads to.
	 */
	static final Map<String, OfferStatus> REPLIES = orderedReplies();

	/**
	 * The moves that carry a message to the submitter (public for the templates).
	 */
	public Map<String, OfferStatus> replies() {
		return REPLIES;
	}

	/**
	 * Whether the offer may make this move now.
	 */
	public boolean allows(String move) {
		return this.offer.nextStatuses().contains(REPLIES.get(move));
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

	private static Map<String, OfferStatus> orderedReplies() {
		Map<String, OfferStatus> replies = new java.util.LinkedHashMap<>();
		replies.put("request-information", OfferStatus.MORE_INFORMATION_REQUESTED);
		replies.put("accept", OfferStatus.ACCEPTED);
		replies.put("decline", OfferStatus.DECLINED);
		replies.put("close-as-duplicate", OfferStatus.CLOSED_AS_DUPLICATE);
		return java.util.Collections.unmodifiableMap(replies);
	}

}
