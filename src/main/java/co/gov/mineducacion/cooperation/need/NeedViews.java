package co.gov.mineducacion.cooperation.need;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityReference;
import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.MunicipalityView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * Needs as readers see them: names instead of codes, dates and amounts in the reader's
 * language, and their progress.
 */
@Component
class NeedViews {

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final NeedTally tally;

	private final ActivityService activities;

	NeedViews(CatalogService catalog, TerritoryService territory, NeedTally tally, ActivityService activities) {
		this.catalog = catalog;
		this.territory = territory;
		this.tally = tally;
		this.activities = activities;
	}

	List<NeedSummary> summaries(List<Need> needs, Locale locale) {
		Map<String, NeedProgress> progress = this.tally.progress(needs, locale);
		Names names = names(locale);
		return needs.stream().map((n) -> summary(n, progress.get(n.slug()), names, locale)).toList();
	}

	/**
	 * The progress of each need, by slug, with amounts as numbers (open data).
	 */
	Map<String, NeedProgress> progress(List<Need> needs) {
		return this.tally.progress(needs, Languages.SPANISH);
	}

	NeedDetails details(Need need, Locale locale) {
		Names names = names(locale);
		NeedSummary summary = summary(need, this.tally.progress(List.of(need), locale).get(need.slug()), names, locale);
		List<ActivityReference> linked = this.activities.records()
			.stream()
			.filter((a) -> need.activities().contains(a.slug()))
			.map((a) -> new ActivityReference(a.slug(), a.title()))
			.toList();
		return new NeedDetails(summary, need.description().in(locale), need.project(),
				need.actionTypes().stream().map((c) -> new NeedDetails.Way(c, names.ways().get(c))).toList(), linked);
	}

	/**
	 * Municipalities as the form types them: "54001 San José de Cúcuta".
	 */
	List<String> municipalityLines(Need need) {
		Map<String, String> municipalities = municipalityNames();
		return need.municipalities().stream().map((c) -> c + " " + municipalities.get(c)).toList();
	}

	private NeedSummary summary(Need n, NeedProgress progress, Names names, Locale locale) {
		List<String> places = new ArrayList<>();
		n.departments().forEach((c) -> places.add(names.departments().get(c)));
		n.municipalities().forEach((c) -> places.add(names.municipalities().get(c)));
		return new NeedSummary(n.slug(), n.title().in(locale), names.projects().getOrDefault(n.project(), n.project()),
				n.status(), date(n, locale), places,
				n.actionTypes().stream().map((c) -> names.ways().getOrDefault(c, c)).toList(),
				NeedTally.text(n.sought(), n.sought().value(), locale), progress);
	}

	private static String date(Need n, Locale locale) {
		return n.dueDate()
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Languages.closestTo(locale)));
	}

	private Names names(Locale locale) {
		Map<String, String> departments = this.territory.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
		return new Names(this.catalog.projectNames(locale), departments, municipalityNames(),
				this.catalog.actionTypes(locale)
					.stream()
					.collect(Collectors.toMap(ActionTypeView::code, ActionTypeView::shortName)));
	}

	private Map<String, String> municipalityNames() {
		return this.territory.municipalities()
			.stream()
			.collect(Collectors.toMap(MunicipalityView::code, MunicipalityView::name));
	}

	private record Names(Map<String, String> projects, Map<String, String> departments,
			Map<String, String> municipalities, Map<String, String> ways) {
	}

}
