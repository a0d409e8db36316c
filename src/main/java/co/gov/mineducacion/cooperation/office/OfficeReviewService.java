package co.gov.mineducacion.cooperation.office;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.offer.ReviewDetails;
import co.gov.mineducacion.cooperation.staff.StaffMember;
import co.gov.mineducacion.cooperation.staff.StaffService;

import org.springframework.stereotype.Service;

/**
 * Reads one offer as the office's page shows it.
 */
@Service
class OfficeReviewService {

	private final OfferReviewService offers;

	private final OfficeQueueService queue;

	private final StaffService staff;

	private final AnswerTemplateService templates;

	private final OfferProjects projects;

	OfficeReviewService(OfferReviewService offers, OfficeQueueService queue, StaffService staff,
			AnswerTemplateService templates, OfferProjects projects) {
		this.offers = offers;
		this.queue = queue;
		this.staff = staff;
		this.templates = templates;
		this.projects = projects;
	}

	ReviewPage page(String code, Locale locale) {
		ReviewDetails offer = this.offers.details(code);
		List<StaffMember> colleagues = this.staff.activeMembers();
		Map<Long, String> names = colleagues.stream()
			.collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
		Map<String, List<TemplateChoice>> templates = new LinkedHashMap<>();
		this.templates.choices(Locale.forLanguageTag(offer.preferredLanguage()))
			.forEach((move, choices) -> templates.put(move.slug(), choices));
		String assignee = (offer.assigneeId() != null)
				? this.staff.byId(offer.assigneeId()).map(StaffMember::displayName).orElse("—") : null;
		return new ReviewPage(offer, assignee,
				this.queue.clockFor(offer.responseClockStartedAt(), offer.responseExtendedUntil()), colleagues, names,
				this.offers.possibleDuplicates(code), this.projects.suggestionsFor(offer, locale),
				this.projects.names(locale), templates);
	}

}
