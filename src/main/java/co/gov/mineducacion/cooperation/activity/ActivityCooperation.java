package co.gov.mineducacion.cooperation.activity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.gov.mineducacion.cooperation.activity.ActivityDraft.Cooperation;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What APC-Colombia and IATI record about an activity: its money (total budget,
 * international contribution, national counterpart, disbursements), cooperation type,
 * modality, SDGs and beneficiaries by group.
 */
@MappedSuperclass
abstract class ActivityCooperation {

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "amount", column = @Column(name = "budget_amount")),
			@AttributeOverride(name = "currency", column = @Column(name = "budget_currency")),
			@AttributeOverride(name = "valueDate", column = @Column(name = "budget_value_date")) })
	private Money budget;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "amount", column = @Column(name = "international_amount")),
			@AttributeOverride(name = "currency", column = @Column(name = "international_currency")),
			@AttributeOverride(name = "valueDate", column = @Column(name = "international_value_date")) })
	private Money international;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "amount", column = @Column(name = "counterpart_amount")),
			@AttributeOverride(name = "currency", column = @Column(name = "counterpart_currency")),
			@AttributeOverride(name = "valueDate", column = @Column(name = "counterpart_value_date")) })
	private Money counterpart;

	@Enumerated(EnumType.STRING)
	private CooperationType cooperationType;

	@Enumerated(EnumType.STRING)
	private Modality modality;

	@ElementCollection
	@CollectionTable(name = "activity_sdg", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "goal_code")
	@JdbcTypeCode(SqlTypes.SMALLINT)
	@BatchSize(size = 50)
	private Set<Integer> sdgs = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_beneficiary", joinColumns = @JoinColumn(name = "activity_id"))
	@MapKeyColumn(name = "beneficiary_group")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "people")
	@BatchSize(size = 50)
	private Map<BeneficiaryGroup, Long> beneficiaries = new EnumMap<>(BeneficiaryGroup.class);

	@ElementCollection
	@CollectionTable(name = "activity_disbursement", joinColumns = @JoinColumn(name = "activity_id"))
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<Disbursement> disbursements = new ArrayList<>();

	private boolean accountsClosed;

	void applyCooperation(Cooperation cooperation) {
		if (cooperation.beneficiaries().values().stream().anyMatch((n) -> n == null || n < 0)) {
			throw new IllegalArgumentException("Beneficiaries are counted from zero up");
		}
		this.budget = cooperation.budget();
		this.international = cooperation.international();
		this.counterpart = cooperation.counterpart();
		this.cooperationType = cooperation.type();
		this.modality = cooperation.modality();
		this.sdgs.clear();
		this.sdgs.addAll(cooperation.sdgs());
		this.beneficiaries.clear();
		this.beneficiaries.putAll(cooperation.beneficiaries());
		this.accountsClosed = cooperation.accountsClosed();
		this.disbursements.clear();
		cooperation.disbursements()
			.forEach((d) -> this.disbursements
				.add(new Disbursement(d.money(), d.provider(), this.disbursements.size() + 1)));
	}

	/**
	 * The total budget, or {@code null} when unknown.
	 */
	Money budget() {
		return this.budget;
	}

	Money international() {
		return this.international;
	}

	Money counterpart() {
		return this.counterpart;
	}

	CooperationType cooperationType() {
		return this.cooperationType;
	}

	Modality modality() {
		return this.modality;
	}

	Set<Integer> sdgs() {
		return new TreeSet<>(this.sdgs);
	}

	/**
	 * Beneficiaries in the order of the groups.
	 */
	Map<BeneficiaryGroup, Long> beneficiaries() {
		Map<BeneficiaryGroup, Long> ordered = new EnumMap<>(BeneficiaryGroup.class);
		ordered.putAll(this.beneficiaries);
		return ordered;
	}

	List<Disbursement> disbursements() {
		return this.disbursements;
	}

	/**
	 * Whether the office says the activity's accounts are closed: no more money will be
	 * committed or disbursed.
	 */
	boolean accountsClosed() {
		return this.accountsClosed;
	}

}
