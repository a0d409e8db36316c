package co.gov.mineducacion.cooperation.contact.admin;

import java.util.Locale;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.contact.ChannelDraft;
import co.gov.mineducacion.cooperation.contact.ChannelEdit;
import co.gov.mineducacion.cooperation.contact.ChannelKind;
import co.gov.mineducacion.cooperation.contact.ContactUnit;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.shared.web.PublicEmail;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A contact channel as an ADMIN writes it. The code is typed for a new channel only.
 */
class ContactChannelForm {

	/**
	 * Validation group of the rules that apply to a new channel only.
	 */
	interface New {

	}

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	@NotBlank(groups = New.class)
	@Size(max = 40)
	@jakarta.validation.constraints.Pattern(regexp = "[A-Z][A-Z0-9_]*")
	private String code;

	@NotNull
	private ContactUnit unit;

	@NotNull
	private ChannelKind kind;

	@NotBlank
	@Size(max = 200)
	private String labelEs;

	@NotBlank
	@Size(max = 200)
	private String labelEn;

	@NotBlank
	@Size(max = 300)
	private String value;

	@jakarta.validation.constraints.Pattern(regexp = "\\+?[0-9]{7,15}")
	private String dial;

	@NotNull
	@Min(1)
	@Max(999)
	private Integer position;

	private long version;

	static ContactChannelForm from(ChannelEdit edit) {
		ContactChannelForm form = new ContactChannelForm();
		ChannelDraft channel = edit.channel();
		form.code = edit.code();
		form.unit = channel.unit();
		form.kind = channel.kind();
		form.labelEs = channel.label().es();
		form.labelEn = channel.label().en();
		form.value = channel.value();
		form.dial = channel.dial();
		form.position = channel.position();
		form.version = edit.version();
		return form;
	}

	/**
	 * An email channel holds an email address; only phone lines dial.
	 */
	void checkKind(Errors errors) {
		if (this.kind == ChannelKind.EMAIL && this.value != null && !EMAIL.matcher(this.value).matches()) {
			errors.rejectValue("value", "Email");
		}
		else if (this.kind == ChannelKind.EMAIL && this.value != null
				&& !PublicEmail.Validator.hasPublicDomain(this.value)) {
			errors.rejectValue("value", "PublicEmail");
		}
		if (this.kind != null && !this.kind.isDialled() && this.dial != null) {
			errors.rejectValue("dial", "NotDialled");
		}
	}

	ChannelDraft toDraft() {
		return new ChannelDraft(this.unit, this.kind, new Bilingual(this.labelEs, this.labelEn), this.value, this.dial,
				this.position);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	public ContactUnit getUnit() {
		return this.unit;
	}

	public void setUnit(ContactUnit unit) {
		this.unit = unit;
	}

	public ChannelKind getKind() {
		return this.kind;
	}

	public void setKind(ChannelKind kind) {
		this.kind = kind;
	}

	public String getLabelEs() {
		return this.labelEs;
	}

	public void setLabelEs(String labelEs) {
		this.labelEs = labelEs;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getDial() {
		return this.dial;
	}

	public void setDial(String dial) {
		// People write numbers with spaces, dashes and brackets; a phone dials the
		// digits.
		String digits = (dial != null) ? dial.replaceAll("[\\s().-]", "") : null;
		this.dial = (digits != null && !digits.isEmpty()) ? digits : null;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
