package co.gov.mineducacion.cooperation.activity;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.activity.ActivityRecord.CityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.ContactRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.LinkRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.MilestoneRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.OrganisationRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.TargetRecord;
import co.gov.mineducacion.cooperation.shared.text.SearchText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads activities: the public list and pages, every activity in both languages for open
 * data, and the activity an offer became. Statuses are computed for today in Bogotá, from
 * the portal's clock.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

	private final ActivityRepository activities;

	private final ActivityViews views;

	private final Clock clock;

	private final SdgGoalRepository goals;

	private final KnownCurrencyRepository currencies;

	ActivityService(ActivityRepository activities, ActivityViews views, Clock clock, SdgGoalRepository goals,
			KnownCurrencyRepository currencies) {
		this.activities = activities;
		this.views = views;
		this.clock = clock;
		this.goals = goals;
		this.currencies = currencies;
	}

	/**
	 * The ISO 4217 currencies an amount may carry, by code, with their English names, in
	 * code order.
	 */
	public Map<String, String> currencies() {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		this.currencies.findAllByOrderByCode().forEach((c) -> names.put(c.code(), c.name()));
		return names;
	}

	ActivityListing list(ActivityFilter filter, Locale locale) {
		LocalDate today = today();
		SearchText text = SearchText.of(filter.q());
		Map<String, String> departments = this.views.departmentNames();
		List<ActivitySummary> matching = this.activities.findAllByOrderByStartDateDescIdDesc()
			.stream()
			.filter((a) -> filter.statusValue() == null || a.statusOn(today) == filter.statusValue())
			.filter((a) -> !ActivityFilter.present(filter.department())
					|| a.allDepartments().contains(filter.department()))
			.filter((a) -> !ActivityFilter.present(filter.project())
					|| a.strategicProjects().contains(filter.project()))
			.filter((a) -> !ActivityFilter.present(filter.action()) || a.actionTypes().contains(filter.action()))
			.filter(filter::matchesPlaceAndGoal)
			.filter((a) -> text.isEmpty() || matches(text, a))
			.map((a) -> this.views.summary(a, today, locale, departments))
			.toList();
		return new ActivityListing(matching, matching.size());
	}

	ActivityDetails details(String slug, Locale locale) {
		return this.views.details(activity(slug), today(), locale);
	}

	/**
	 * The activity form filled with the activity as it stands, with its version.
	 */
	ActivityForm editForm(String slug) {
		return ActivityForms.fromActivity(activity(slug));
	}

	/**
	 * Every activity, the latest start first, as published in open data.
	 */
	public List<ActivityRecord> records() {
		LocalDate today = today();
		return this.activities.findAllByOrderByStartDateDescIdDesc().stream().map((a) -> record(a, today)).toList();
	}

	/**
	 * The activity with this address name as published in open data, if any.
	 */
	public Optional<ActivityRecord> record(String slug) {
		return this.activities.findBySlug(slug).map((a) -> record(a, today()));
	}

	/**
	 * The 17 Sustainable Development Goals by number, with their short names in the given
	 * language.
	 */
	public Map<Integer, String> sdgGoalNames(Locale locale) {
		Map<Integer, String> names = new java.util.LinkedHashMap<>();
		this.goals.findAllByOrderByCode().forEach((g) -> names.put(g.code(), g.name().in(locale)));
		return names;
	}

	/**
	 * The activity the accepted offer with this filing number became, if any.
	 */
	public Optional<ActivityReference> fromOffer(String trackingCode) {
		return this.activities.findBySourceOfferCode(trackingCode)
			.map((a) -> new ActivityReference(a.slug(), a.title()));
	}

	/**
	 * Today in Bogotá, the day statuses are computed for.
	 */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Colombia.TIME_ZONE);
	}

	Activity activity(String slug) {
		return this.activities.findBySlug(slug).orElseThrow(() -> new ActivityNotFoundException(slug));
	}

	private static boolean matches(SearchText text, Activity a) {
		List<String> texts = new java.util.ArrayList<>(
				List.of(a.title().es(), a.title().en(), a.description().es(), a.description().en()));
		a.organisations().forEach((o) -> texts.add(o.name()));
		a.cities().forEach((c) -> texts.add(c.name()));
		return text.matches(texts.toArray(String[]::new));
	}

	private static ActivityRecord record(Activity a, LocalDate today) {
		ActivityDraft.Contact c = a.contact();
		return new ActivityRecord(a.slug(), a.title(), a.description(), a.start(), a.end(), a.statusOn(today),
				a.ageMin(), a.ageMax(),
				a.organisations()
					.stream()
					.map((o) -> new OrganisationRecord(o.name(), o.role(), o.commitment()))
					.toList(),
				a.allDepartments(),
				a.cities().stream().map((x) -> new CityRecord(x.code(), x.name(), x.departmentCode())).toList(),
				new java.util.TreeSet<>(a.strategicProjects()), new java.util.TreeSet<>(a.actionTypes()),
				new java.util.TreeSet<>(a.sectors()),
				a.links().stream().map((l) -> new LinkRecord(l.url(), l.title())).toList(),
				new ContactRecord(c.name(), c.department(), c.email(), c.phone()),
				a.targets()
					.stream()
					.map((t) -> new TargetRecord(t.indicator(), t.targetValue(),
							t.latest().map(Progress::value).orElse(null),
							t.latest().map(Progress::measuredOn).orElse(null)))
					.toList(),
				a.milestones().stream().map((m) -> new MilestoneRecord(m.reachedOn(), m.text())).toList(),
				a.updatedAt(), funding(a));
	}

	private static ActivityRecord.FundingRecord funding(Activity a) {
		return new ActivityRecord.FundingRecord(a.budget(), a.international(), a.counterpart(), a.cooperationType(),
				a.modality(), a.sdgs(), a.beneficiaries(),
				a.disbursements()
					.stream()
					.map((d) -> new ActivityRecord.DisbursementRecord(d.money(), d.provider()))
					.toList(),
				a.accountsClosed());
	}

}
