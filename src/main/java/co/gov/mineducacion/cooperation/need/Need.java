package co.gov.mineducacion.cooperation.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A need the office publishes. Its slug, which addresses its page and which offers name,
 * never changes; every version keeps both languages and seeks an amount or a count
 * ({@link Sought}).
 */
@Entity
@Table(name = "need")
class Need {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String slug;

	private String titleEs;

	private String titleEn;

	private String descriptionEs;

	private String descriptionEn;

	private String projectCode;

	@Column(precision = 18, scale = 2)
	private BigDecimal amount;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String currency;

	private Long quantity;

	private String unitEs;

	private String unitEn;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private NeedStatus status;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "need_department", joinColumns = @JoinColumn(name = "need_id"))
	@Column(name = "divipola_code", length = 2)
	@JdbcTypeCode(SqlTypes.CHAR)
	@BatchSize(size = 50)
	private Set<String> departments = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "need_municipality", joinColumns = @JoinColumn(name = "need_id"))
	@Column(name = "divipola_code", length = 5)
	@JdbcTypeCode(SqlTypes.CHAR)
	@BatchSize(size = 50)
	private Set<String> municipalities = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "need_action_type", joinColumns = @JoinColumn(name = "need_id"))
	@Column(name = "action_type_code")
	@BatchSize(size = 50)
	private Set<String> actionTypes = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "need_activity", joinColumns = @JoinColumn(name = "need_id"))
	@Column(name = "activity_slug")
	@BatchSize(size = 50)
	private Set<String> activities = new TreeSet<>();

	protected Need() {
	}

	static Need publish(String slug, NeedDraft draft, Instant now) {
		Need need = new Need();
		need.slug = slug;
		need.createdAt = now;
		need.revise(draft, now);
		return need;
	}

	void revise(NeedDraft draft, Instant now) {
		if (blank(draft.title()) || blank(draft.description()) || draft.project() == null || draft.dueDate() == null
				|| draft.status() == null) {
			throw new IllegalArgumentException("A need has both languages, a project, a date and a status");
		}
		this.titleEs = draft.title().es();
		this.titleEn = draft.title().en();
		this.descriptionEs = draft.description().es();
		this.descriptionEn = draft.description().en();
		this.projectCode = draft.project();
		Sought sought = draft.sought();
		this.amount = sought.amount();
		this.currency = sought.currency();
		this.quantity = sought.quantity();
		this.unitEs = (sought.unit() != null) ? sought.unit().es() : null;
		this.unitEn = (sought.unit() != null) ? sought.unit().en() : null;
		this.dueDate = draft.dueDate();
		this.status = draft.status();
		replace(this.departments, draft.departments());
		replace(this.municipalities, draft.municipalities());
		replace(this.actionTypes, draft.actionTypes());
		replace(this.activities, draft.activities());
		this.updatedAt = now;
	}

	/**
	 * Every department the need is in: those named and those of its municipalities.
	 */
	Set<String> allDepartments() {
		Set<String> all = new TreeSet<>(this.departments);
		this.municipalities.forEach((code) -> all.add(code.substring(0, 2)));
		return all;
	}

	private static void replace(Set<String> current, Set<String> wanted) {
		current.retainAll(wanted);
		current.addAll(wanted);
	}

	private static boolean blank(Bilingual text) {
		return text == null || text.es() == null || text.es().isBlank() || text.en() == null || text.en().isBlank();
	}

	String slug() {
		return this.slug;
	}

	Bilingual title() {
		return new Bilingual(this.titleEs, this.titleEn);
	}

	Bilingual description() {
		return new Bilingual(this.descriptionEs, this.descriptionEn);
	}

	String project() {
		return this.projectCode;
	}

	Sought sought() {
		return new Sought(this.amount, this.currency, this.quantity,
				(this.unitEs != null) ? new Bilingual(this.unitEs, this.unitEn) : null);
	}

	LocalDate dueDate() {
		return this.dueDate;
	}

	NeedStatus status() {
		return this.status;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return this.version;
	}

	Set<String> departments() {
		return this.departments;
	}

	Set<String> municipalities() {
		return this.municipalities;
	}

	Set<String> actionTypes() {
		return this.actionTypes;
	}

	Set<String> activities() {
		return this.activities;
	}

}
