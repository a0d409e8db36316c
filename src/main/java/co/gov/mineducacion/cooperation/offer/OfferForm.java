package co.gov.mineducacion.cooperation.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import co.gov.mineducacion.cooperation.shared.web.PlausibleDate;
import co.gov.mineducacion.cooperation.shared.web.PublicEmail;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The offer form as posted. Its field names are a contract: other systems post to this
 * form. Checks that need the catalogue, the NIT rule or two fields at once are in
 * {@link OfferFormRules}.
 */
class OfferForm {

	/** The value of {@code departments} that means the whole country. */
	static final String NATIONAL = "NATIONAL";

	private String formToken;

	@NotBlank
	@Size(max = 200)
	private String organizationName;

	@NotBlank
	private String sector;

	@NotBlank
	@Pattern(regexp = "[A-Z]{2}")
	private String country = "CO";

	@Size(max = 20)
	private String taxId;

	@Size(max = 300)
	@Pattern(regexp = "https?://[^\\s]+")
	private String website;

	@NotBlank
	@Size(max = 150)
	private String contactName;

	@Size(max = 150)
	private String contactPosition;

	// Required unless requiresEmail() says otherwise: checked in OfferFormRules.
	@PublicEmail
	@Size(max = 254)
	private String contactEmail;

	@Size(max = 40)
	@Pattern(regexp = "[+0-9 ()\\-.]{7,40}")
	private String contactPhone;

	@Pattern(regexp = "es|en")
	private String preferredLanguage;

	@NotBlank
	@Size(max = 150)
	private String title;

	@NotBlank
	@Size(max = 5000)
	private String description;

	@NotEmpty
	private List<String> actionTypes = new ArrayList<>();

	private List<String> strategicProjects = new ArrayList<>();

	private List<String> departments = new ArrayList<>();

	private ContributionKind contributionKind;

	@DecimalMin("0")
	@Digits(integer = 16, fraction = 2)
	private BigDecimal estimatedValue;

	private OfferCurrency currency;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@AssertTrue
	private boolean consent;

	/** Documents chosen on this post; a browser never sends them again after an error. */
	private List<MultipartFile> attachments = new ArrayList<>();

	/** The honeypot: hidden from people, filled by bots. */
	private String address;

	/** The slug of the published need the offer answers, if any. */
	@Size(max = 80)
	private String need;

	OfferDraft toDraft() {
		LinkedHashSet<String> codes = new LinkedHashSet<>(this.departments);
		boolean national = codes.remove(NATIONAL);
		return new OfferDraft(
				new Organisation(this.organizationName, this.sector, this.country, blankToNull(this.taxId),
						blankToNull(this.website)),
				new ContactPerson(this.contactName, this.contactPosition,
						(this.contactEmail != null) ? this.contactEmail.toLowerCase(Locale.ROOT) : null,
						blankToNull(this.contactPhone),
						(this.preferredLanguage != null) ? this.preferredLanguage : "es", blankToNull(postalAddress())),
				this.title, this.description, new LinkedHashSet<>(this.actionTypes),
				new LinkedHashSet<>(this.strategicProjects), codes, national,
				new Contribution(this.contributionKind, this.estimatedValue,
						(this.estimatedValue != null) ? this.currency : null, this.startDate, this.endDate),
				blankToNull(this.need));
	}

	/**
	 * Whether the person must give an email address: always on the public form, where the
	 * filing number and every answer go by email.
	 */
	boolean requiresEmail() {
		return true;
	}

	/**
	 * Where to write to the person by post; the public form asks for none.
	 */
	String postalAddress() {
		return null;
	}

	/**
	 * The documents actually chosen: browsers post an empty part for an empty file input.
	 */
	List<MultipartFile> chosenAttachments() {
		return this.attachments.stream().filter((file) -> file != null && !file.isEmpty()).toList();
	}

	/**
	 * The token names this submission, so that sending it twice files one offer; one the
	 * browser altered is replaced.
	 */
	void renewTokenUnlessWellFormed() {
		if (this.formToken == null || !this.formToken.matches("[0-9a-f-]{36}")) {
			this.formToken = UUID.randomUUID().toString();
		}
	}

	boolean isSpam() {
		return this.address != null && !this.address.isBlank();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	// Accessors for data binding and templates

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public String getOrganizationName() {
		return this.organizationName;
	}

	public void setOrganizationName(String organizationName) {
		this.organizationName = organizationName;
	}

	public String getSector() {
		return this.sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getTaxId() {
		return this.taxId;
	}

	public void setTaxId(String taxId) {
		this.taxId = taxId;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPosition() {
		return this.contactPosition;
	}

	public void setContactPosition(String contactPosition) {
		this.contactPosition = contactPosition;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<String> getActionTypes() {
		return this.actionTypes;
	}

	public void setActionTypes(List<String> actionTypes) {
		this.actionTypes = (actionTypes != null) ? actionTypes : new ArrayList<>();
	}

	public List<String> getStrategicProjects() {
		return this.strategicProjects;
	}

	public void setStrategicProjects(List<String> strategicProjects) {
		this.strategicProjects = (strategicProjects != null) ? strategicProjects : new ArrayList<>();
	}

	public List<String> getDepartments() {
		return this.departments;
	}

	public void setDepartments(List<String> departments) {
		this.departments = (departments != null) ? departments : new ArrayList<>();
	}

	public ContributionKind getContributionKind() {
		return this.contributionKind;
	}

	public void setContributionKind(ContributionKind contributionKind) {
		this.contributionKind = contributionKind;
	}

	public BigDecimal getEstimatedValue() {
		return this.estimatedValue;
	}

	public void setEstimatedValue(BigDecimal estimatedValue) {
		this.estimatedValue = estimatedValue;
	}

	public OfferCurrency getCurrency() {
		return this.currency;
	}

	public void setCurrency(OfferCurrency currency) {
		this.currency = currency;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public List<MultipartFile> getAttachments() {
		return this.attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = (attachments != null) ? attachments : new ArrayList<>();
	}

	public String getNeed() {
		return this.need;
	}

	public void setNeed(String need) {
		this.need = need;
	}

	/**
	 * Starts the form as an answer to a published need: the need, its project and the
	 * ways to cooperate it seeks chosen.
	 */
	void answer(NeedOutline outline) {
		this.need = outline.slug();
		if (!this.strategicProjects.contains(outline.project())) {
			this.strategicProjects.add(outline.project());
		}
		outline.actionTypes()
			.stream()
			.filter((code) -> !this.actionTypes.contains(code))
			.forEach(this.actionTypes::add);
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

}
