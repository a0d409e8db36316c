package co.gov.mineducacion.cooperation.activity;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import co.gov.mineducacion.cooperation.activity.ActivityDraft.Contact;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What staff write about an activity, with the rules every version of it keeps: both
 * languages, a start, an end not before the start, a sensible age range and at least one
 * organisation.
 */
@MappedSuperclass
abstract class ActivityContent extends ActivityCooperation {

	private static final Collator SPANISH = Collator.getInstance(Languages.SPANISH);

	private String titleEs;

	private String titleEn;

	private String descriptionEs;

	private String descriptionEn;

	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision startPrecision;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision endPrecision;

	@Enumerated(EnumType.STRING)
	private ActivityStatus statusOverride;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	private Integer ageMin;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	private Integer ageMax;

	private String contactName;

	private String contactDepartmentEs;

	private String contactDepartmentEn;

	private String contactEmail;

	private String contactPhone;

	@ElementCollection
	@CollectionTable(name = "activity_organisation", joinColumns = @JoinColumn(name = "activity_id"))
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<Organisation> organisations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "activity_department", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "divipola_code", length = 2)
	@JdbcTypeCode(SqlTypes.CHAR)
	@BatchSize(size = 50)
	private Set<String> departments = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_city", joinColumns = @JoinColumn(name = "activity_id"))
	@BatchSize(size = 50)
	private List<City> cities = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "activity_strategic_project", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "project_code")
	@BatchSize(size = 50)
	private Set<String> strategicProjects = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_action_type", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "action_type_code")
	@BatchSize(size = 50)
	private Set<String> actionTypes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_sector", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "dac_code", length = 5)
	@JdbcTypeCode(SqlTypes.CHAR)
	@BatchSize(size = 50)
	private Set<String> sectors = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_link", joinColumns = @JoinColumn(name = "activity_id"))
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<DocumentLink> links = new ArrayList<>();

	void apply(ActivityDraft draft) {
		require(!blank(draft.title()) && !blank(draft.description()), "titles and descriptions in both languages");
		require(draft.start() != null, "a start");
		require(draft.end() == null || !draft.end().firstDay().isBefore(draft.start().firstDay()),
				"an end not before the start");
		require(draft.ageMin() == null || draft.ageMax() == null || draft.ageMin() <= draft.ageMax(),
				"a minimum age not above the maximum");
		require(!draft.organisations().isEmpty(), "at least one organisation");
		this.titleEs = draft.title().es();
		this.titleEn = draft.title().en();
		this.descriptionEs = draft.description().es();
		this.descriptionEn = draft.description().en();
		this.startDate = draft.start().date();
		this.startPrecision = draft.start().precision();
		this.endDate = (draft.end() != null) ? draft.end().date() : null;
		this.endPrecision = (draft.end() != null) ? draft.end().precision() : null;
		this.statusOverride = draft.statusOverride();
		this.ageMin = draft.ageMin();
		this.ageMax = draft.ageMax();
		applyContact(draft.contact());
		applyCooperation(draft.cooperation());
		replace(this.organisations, draft.organisations()
			.stream()
			.map((o) -> new Organisation(o.role(), o.name(), o.commitment(), draft.organisations().indexOf(o) + 1))
			.toList());
		replace(this.departments, draft.departments());
		replace(this.cities, draft.cities().stream().map((c) -> new City(c.code(), c.name())).toList());
		replace(this.strategicProjects, draft.strategicProjects());
		replace(this.actionTypes, draft.actionTypes());
		replace(this.sectors, draft.sectors());
		replace(this.links,
				draft.links()
					.stream()
					.map((l) -> new DocumentLink(l.url(), l.title(), draft.links().indexOf(l) + 1))
					.toList());
	}

	private void applyContact(Contact contact) {
		this.contactName = contact.name();
		this.contactDepartmentEs = (contact.department() != null) ? contact.department().es() : null;
		this.contactDepartmentEn = (contact.department() != null) ? contact.department().en() : null;
		this.contactEmail = contact.email();
		this.contactPhone = contact.phone();
	}

	private static <T> void replace(java.util.Collection<T> current, java.util.Collection<? extends T> wanted) {
		current.clear();
		current.addAll(wanted);
	}

	private static boolean blank(Bilingual text) {
		return text == null || text.es() == null || text.es().isBlank() || text.en() == null || text.en().isBlank();
	}

	private static void require(boolean rule, String what) {
		if (!rule) {
			throw new IllegalArgumentException("An activity needs " + what);
		}
	}

	Bilingual title() {
		return new Bilingual(this.titleEs, this.titleEn);
	}

	Bilingual description() {
		return new Bilingual(this.descriptionEs, this.descriptionEn);
	}

	PartialDate start() {
		return new PartialDate(this.startDate, this.startPrecision);
	}

	/**
	 * The end, or {@code null} while it is not known.
	 */
	PartialDate end() {
		return (this.endDate != null) ? new PartialDate(this.endDate, this.endPrecision) : null;
	}

	ActivityStatus statusOverride() {
		return this.statusOverride;
	}

	Integer ageMin() {
		return this.ageMin;
	}

	Integer ageMax() {
		return this.ageMax;
	}

	Contact contact() {
		Bilingual department = (this.contactDepartmentEs != null || this.contactDepartmentEn != null)
				? new Bilingual(this.contactDepartmentEs, this.contactDepartmentEn) : null;
		return new Contact(this.contactName, department, this.contactEmail, this.contactPhone);
	}

	List<Organisation> organisations() {
		return this.organisations;
	}

	Set<String> departments() {
		return this.departments;
	}

	/**
	 * The cities in Spanish alphabetical order (whatever the database's collation).
	 */
	List<City> cities() {
		return this.cities.stream().sorted(Comparator.comparing(City::name, SPANISH)).toList();
	}

	Set<String> strategicProjects() {
		return this.strategicProjects;
	}

	Set<String> actionTypes() {
		return this.actionTypes;
	}

	Set<String> sectors() {
		return this.sectors;
	}

	List<DocumentLink> links() {
		return this.links;
	}

}
