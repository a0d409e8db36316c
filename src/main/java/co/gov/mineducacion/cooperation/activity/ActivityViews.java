package co.gov.mineducacion.cooperation.activity;

import java.text.Collator;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityDetails.ContactView;
import co.gov.mineducacion.cooperation.activity.ActivityDetails.LinkView;
import co.gov.mineducacion.cooperation.activity.ActivityDetails.MilestoneView;
import co.gov.mineducacion.cooperation.activity.ActivityDetails.Named;
import co.gov.mineducacion.cooperation.activity.ActivityDetails.Place;
import co.gov.mineducacion.cooperation.activity.ActivityDetails.ProgressView;
import co.gov.mineducacion.cooperation.activity.ActivityDetails.TargetView;
import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.ProjectChoice;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * Turns activities into what pages show, in the reader's language: names for codes,
 * numbers with the language's separators (142.000 / 142,000), dates in words.
 */
@Component
class ActivityViews {

	private static final Collator SPANISH = Collator.getInstance(Languages.SPANISH);

	private final TerritoryService territory;

	private final CatalogService catalog;

	private final DacSectorRepository sectors;

	private final FundingViews funding;

	ActivityViews(TerritoryService territory, CatalogService catalog, DacSectorRepository sectors,
			FundingViews funding) {
		this.territory = territory;
		this.catalog = catalog;
		this.sectors = sectors;
		this.funding = funding;
	}

	Map<String, String> departmentNames() {
		return this.territory.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
	}

	ActivitySummary summary(Activity activity, LocalDate today, Locale locale, Map<String, String> departments) {
		return new ActivitySummary(activity.slug(), activity.title().in(locale), activity.statusOn(today),
				period(activity, locale),
				activity.allDepartments().stream().map(departments::get).sorted(SPANISH).toList(),
				activity.organisations().stream().map(Organisation::name).toList());
	}

	ActivityDetails details(Activity a, LocalDate today, Locale locale) {
		Map<String, String> departments = departmentNames();
		Map<String, ProjectChoice> projects = byCode(this.catalog.projectChoices(locale), ProjectChoice::code);
		Map<String, ActionTypeView> actions = byCode(this.catalog.actionTypes(locale), ActionTypeView::code);
		NumberFormat numbers = numbers(locale);
		return new ActivityDetails(a.slug(), a.title().in(locale), paragraphs(a.description().in(locale)),
				a.statusOn(today), a.start().format(locale), (a.end() != null) ? a.end().format(locale) : null,
				a.ageMin(), a.ageMax(), names(a, OrganisationRole.FUNDER), names(a, OrganisationRole.IMPLEMENTER),
				names(a, OrganisationRole.PARTNER),
				a.cities()
					.stream()
					.map((c) -> new Place(c.name(), c.code(), departments.get(c.departmentCode())))
					.toList(),
				a.departments()
					.stream()
					.filter((code) -> a.cities().stream().noneMatch((c) -> c.departmentCode().equals(code)))
					.map(departments::get)
					.sorted(SPANISH)
					.toList(),
				a.strategicProjects().stream().sorted().map(projects::get).filter(java.util.Objects::nonNull).toList(),
				a.actionTypes().stream().sorted().map(actions::get).filter(java.util.Objects::nonNull).toList(),
				this.sectors.findAllByOrderByPosition()
					.stream()
					.filter((s) -> a.sectors().contains(s.code()))
					.map((s) -> new Named(s.code(), s.name().in(locale)))
					.toList(),
				a.targets().stream().map((t) -> target(t, locale, numbers)).toList(),
				a.milestones()
					.stream()
					.map((m) -> new MilestoneView(day(m.reachedOn(), locale), m.text().in(locale)))
					.toList(),
				contact(a, locale), a.links().stream().map((l) -> new LinkView(l.url(), l.title())).toList(),
				this.funding.of(a, locale));
	}

	private static TargetView target(Target t, Locale locale, NumberFormat numbers) {
		List<ProgressView> history = t.progress()
			.stream()
			.map((p) -> new ProgressView(day(p.measuredOn(), locale), numbers.format(p.value())))
			.toList();
		return t.latest()
			.map((p) -> new TargetView(t.id(), t.indicator().in(locale), numbers.format(t.targetValue()),
					numbers.format(p.value()), day(p.measuredOn(), locale),
					(int) Math.min(100, Math.round(100.0 * p.value() / t.targetValue())), history))
			.orElseGet(() -> new TargetView(t.id(), t.indicator().in(locale), numbers.format(t.targetValue()), null,
					null, null, history));
	}

	private static ContactView contact(Activity a, Locale locale) {
		ActivityDraft.Contact c = a.contact();
		if (c.name() == null && c.department() == null && c.email() == null && c.phone() == null) {
			return null;
		}
		return new ContactView(c.name(), (c.department() != null) ? c.department().in(locale) : null, c.email(),
				c.phone());
	}

	static String period(Activity activity, Locale locale) {
		return activity.start().format(locale) + " – "
				+ ((activity.end() != null) ? activity.end().format(locale) : "…");
	}

	static String day(LocalDate date, Locale locale) {
		return new PartialDate(date, DatePrecision.DAY).format(locale);
	}

	static NumberFormat numbers(Locale locale) {
		return NumberFormat.getIntegerInstance(Languages.closestTo(locale));
	}

	private static List<String> names(Activity activity, OrganisationRole role) {
		return activity.organisations().stream().filter((o) -> o.role() == role).map(Organisation::name).toList();
	}

	private static List<ActivityDetails.TextBlock> paragraphs(String text) {
		return Arrays.stream(text.split("\\R\\s*\\R"))
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.map(ActivityDetails.TextBlock::of)
			.toList();
	}

	private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
		return items.stream().collect(Collectors.toMap(code, Function.identity()));
	}

}
