package co.gov.mineducacion.cooperation.activity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityDraft.Cooperation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The parts of the activity form about money, type, modality, SDGs and beneficiaries.
 * Amounts are kept as typed (digits, decimals after a point) so that a refused value is
 * shown again; disbursements are typed one per line: "2024-03-15 USD 250000.00 Funder".
 */
abstract class ActivityFormFunding extends ActivityFormLines {

	static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

	@Size(max = 30)
	private String budgetAmount;

	@Size(max = 3)
	private String budgetCurrency;

	@Pattern(regexp = DAY)
	private String budgetDate;

	@Size(max = 30)
	private String internationalAmount;

	@Size(max = 3)
	private String internationalCurrency;

	@Pattern(regexp = DAY)
	private String internationalDate;

	@Size(max = 30)
	private String counterpartAmount;

	@Size(max = 3)
	private String counterpartCurrency;

	@Pattern(regexp = DAY)
	private String counterpartDate;

	private String cooperationType;

	private String modality;

	private List<String> sdgs = new ArrayList<>();

	@Min(0)
	@Max(1_000_000_000)
	private Long childrenAdolescents;

	@Min(0)
	@Max(1_000_000_000)
	private Long teachers;

	@Min(0)
	@Max(1_000_000_000)
	private Long families;

	@Min(0)
	@Max(1_000_000_000)
	private Long schools;

	@Min(0)
	@Max(1_000_000_000)
	private Long institutions;

	@Size(max = 5000)
	private String disbursements;

	private boolean accountsClosed;

	/**
	 * The typed money, type, modality, SDGs and beneficiaries; call once the form and its
	 * rules passed.
	 */
	Cooperation cooperation() {
		Map<BeneficiaryGroup, Long> beneficiaries = new EnumMap<>(BeneficiaryGroup.class);
		putIfKnown(beneficiaries, BeneficiaryGroup.CHILDREN_ADOLESCENTS, this.childrenAdolescents);
		putIfKnown(beneficiaries, BeneficiaryGroup.TEACHERS, this.teachers);
		putIfKnown(beneficiaries, BeneficiaryGroup.FAMILIES, this.families);
		putIfKnown(beneficiaries, BeneficiaryGroup.SCHOOLS, this.schools);
		putIfKnown(beneficiaries, BeneficiaryGroup.INSTITUTIONS, this.institutions);
		return new Cooperation(FundingText.money(this.budgetAmount, this.budgetCurrency, this.budgetDate),
				FundingText.money(this.internationalAmount, this.internationalCurrency, this.internationalDate),
				FundingText.money(this.counterpartAmount, this.counterpartCurrency, this.counterpartDate),
				(this.cooperationType != null) ? CooperationType.valueOf(this.cooperationType) : null,
				(this.modality != null) ? Modality.valueOf(this.modality) : null,
				this.sdgs.stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new)), beneficiaries,
				ActivityFormLines.lines(this.disbursements).stream().map(FundingText::disbursement).toList(),
				this.accountsClosed);
	}

	/**
	 * Fills these fields from an activity.
	 */
	void fillFunding(ActivityCooperation activity) {
		setMoney(activity.budget(), this::setBudgetAmount, this::setBudgetCurrency, this::setBudgetDate);
		setMoney(activity.international(), this::setInternationalAmount, this::setInternationalCurrency,
				this::setInternationalDate);
		setMoney(activity.counterpart(), this::setCounterpartAmount, this::setCounterpartCurrency,
				this::setCounterpartDate);
		this.cooperationType = (activity.cooperationType() != null) ? activity.cooperationType().name() : null;
		this.modality = (activity.modality() != null) ? activity.modality().name() : null;
		this.sdgs = activity.sdgs().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
		Map<BeneficiaryGroup, Long> beneficiaries = activity.beneficiaries();
		this.childrenAdolescents = beneficiaries.get(BeneficiaryGroup.CHILDREN_ADOLESCENTS);
		this.teachers = beneficiaries.get(BeneficiaryGroup.TEACHERS);
		this.families = beneficiaries.get(BeneficiaryGroup.FAMILIES);
		this.schools = beneficiaries.get(BeneficiaryGroup.SCHOOLS);
		this.institutions = beneficiaries.get(BeneficiaryGroup.INSTITUTIONS);
		this.accountsClosed = activity.accountsClosed();
		this.disbursements = activity.disbursements().isEmpty() ? null : activity.disbursements()
			.stream()
			.map((d) -> d.money().valueDate() + " " + d.money() + ((d.provider() != null) ? " " + d.provider() : ""))
			.collect(Collectors.joining("\n"));
	}

	/**
	 * A funder's line as typed: the name, then its commitment if any.
	 */
	static String funderLine(String name, Money commitment) {
		if (commitment == null) {
			return name;
		}
		return name + " | " + commitment + ((commitment.valueDate() != null) ? " " + commitment.valueDate() : "");
	}

	private static void setMoney(Money money, Consumer<String> amount, Consumer<String> currency,
			Consumer<String> date) {
		if (money != null) {
			amount.accept(money.amount().toPlainString());
			currency.accept(money.currency());
			date.accept(String.valueOf(money.valueDate()));
		}
	}

	private static void putIfKnown(Map<BeneficiaryGroup, Long> map, BeneficiaryGroup group, Long count) {
		if (count != null) {
			map.put(group, count);
		}
	}

	public String getBudgetAmount() {
		return this.budgetAmount;
	}

	public void setBudgetAmount(String budgetAmount) {
		this.budgetAmount = budgetAmount;
	}

	public String getBudgetCurrency() {
		return this.budgetCurrency;
	}

	public void setBudgetCurrency(String budgetCurrency) {
		this.budgetCurrency = budgetCurrency;
	}

	public String getBudgetDate() {
		return this.budgetDate;
	}

	public void setBudgetDate(String budgetDate) {
		this.budgetDate = budgetDate;
	}

	public String getInternationalAmount() {
		return this.internationalAmount;
	}

	public void setInternationalAmount(String internationalAmount) {
		this.internationalAmount = internationalAmount;
	}

	public String getInternationalCurrency() {
		return this.internationalCurrency;
	}

	public void setInternationalCurrency(String internationalCurrency) {
		this.internationalCurrency = internationalCurrency;
	}

	public String getInternationalDate() {
		return this.internationalDate;
	}

	public void setInternationalDate(String internationalDate) {
		this.internationalDate = internationalDate;
	}

	public String getCounterpartAmount() {
		return this.counterpartAmount;
	}

	public void setCounterpartAmount(String counterpartAmount) {
		this.counterpartAmount = counterpartAmount;
	}

	public String getCounterpartCurrency() {
		return this.counterpartCurrency;
	}

	public void setCounterpartCurrency(String counterpartCurrency) {
		this.counterpartCurrency = counterpartCurrency;
	}

	public String getCounterpartDate() {
		return this.counterpartDate;
	}

	public void setCounterpartDate(String counterpartDate) {
		this.counterpartDate = counterpartDate;
	}

	public String getCooperationType() {
		return this.cooperationType;
	}

	public void setCooperationType(String cooperationType) {
		this.cooperationType = cooperationType;
	}

	public String getModality() {
		return this.modality;
	}

	public void setModality(String modality) {
		this.modality = modality;
	}

	public List<String> getSdgs() {
		return this.sdgs;
	}

	public void setSdgs(List<String> sdgs) {
		this.sdgs = sdgs;
	}

	public Long getChildrenAdolescents() {
		return this.childrenAdolescents;
	}

	public void setChildrenAdolescents(Long childrenAdolescents) {
		this.childrenAdolescents = childrenAdolescents;
	}

	public Long getTeachers() {
		return this.teachers;
	}

	public void setTeachers(Long teachers) {
		this.teachers = teachers;
	}

	public Long getFamilies() {
		return this.families;
	}

	public void setFamilies(Long families) {
		this.families = families;
	}

	public Long getSchools() {
		return this.schools;
	}

	public void setSchools(Long schools) {
		this.schools = schools;
	}

	public Long getInstitutions() {
		return this.institutions;
	}

	public void setInstitutions(Long institutions) {
		this.institutions = institutions;
	}

	public String getDisbursements() {
		return this.disbursements;
	}

	public void setDisbursements(String disbursements) {
		this.disbursements = disbursements;
	}

	public boolean isAccountsClosed() {
		return this.accountsClosed;
	}

	public void setAccountsClosed(boolean accountsClosed) {
		this.accountsClosed = accountsClosed;
	}

}
