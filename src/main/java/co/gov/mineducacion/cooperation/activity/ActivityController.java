package co.gov.mineducacion.cooperation.activity;

import java.util.Locale;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.shared.web.PageUpdated;
import co.gov.mineducacion.cooperation.shared.web.PageDescription;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public list of activities, with its filters, and each activity's page.
 */
@Controller
class ActivityController {

	private final ActivityService activities;

	private final CatalogService catalog;

	private final PlaceChoices places;

	private final ActivityDates dates;

	private final FundingViews funding;

	ActivityController(ActivityService activities, CatalogService catalog, PlaceChoices places, ActivityDates dates,
			FundingViews funding) {
		this.activities = activities;
		this.catalog = catalog;
		this.places = places;
		this.dates = dates;
		this.funding = funding;
	}

	@GetMapping("/activities")
	String list(@ModelAttribute("filter") ActivityFilter filter, Locale locale, Model model) {
		model.addAttribute("listing", this.activities.list(filter, locale));
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("departmentChoices", this.places.departments());
		model.addAttribute("municipalityChoices", this.places.municipalities(filter));
		model.addAttribute("projectChoices", this.catalog.projectChoices(locale));
		model.addAttribute("actionChoices", this.catalog.actionTypes(locale));
		model.addAttribute("sdgChoices", this.funding.goals(locale));
		model.addAttribute(PageUpdated.ATTRIBUTE, this.dates.activities());
		return "activity/list";
	}

	@GetMapping("/activities/{slug}")
	String detail(@PathVariable String slug, Locale locale, Model model) {
		ActivityDetails activity = this.activities.details(slug, locale);
		model.addAttribute("activity", activity);
		model.addAttribute(PageDescription.ATTRIBUTE, PageDescription.of(activity.summary()));
		model.addAttribute(PageUpdated.ATTRIBUTE, this.dates.activity(slug));
		return "activity/detail";
	}

}
