package co.gov.mineducacion.cooperation.catalog.admin;

import co.gov.mineducacion.cooperation.catalog.ActionTypeEdit;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The texts of a way to cooperate, as an ADMIN rewords them in both languages.
 */
class ActionTypeForm {

	@NotBlank
	@Size(max = 120)
	private String shortNameEs;

	@NotBlank
	@Size(max = 120)
	private String shortNameEn;

	@NotBlank
	@Size(max = 1000)
	private String textEs;

	@NotBlank
	@Size(max = 1000)
	private String textEn;

	private long version;

	static ActionTypeForm from(ActionTypeEdit type) {
		ActionTypeForm form = new ActionTypeForm();
		form.shortNameEs = type.shortName().es();
		form.shortNameEn = type.shortName().en();
		form.textEs = type.text().es();
		form.textEn = type.text().en();
		form.version = type.version();
		return form;
	}

	Bilingual shortName() {
		return new Bilingual(this.shortNameEs, this.shortNameEn);
	}

	Bilingual text() {
		return new Bilingual(this.textEs, this.textEn);
	}

	public String getShortNameEs() {
		return this.shortNameEs;
	}

	public void setShortNameEs(String shortNameEs) {
		this.shortNameEs = shortNameEs;
	}

	public String getShortNameEn() {
		return this.shortNameEn;
	}

	public void setShortNameEn(String shortNameEn) {
		this.shortNameEn = shortNameEn;
	}

	public String getTextEs() {
		return this.textEs;
	}

	public void setTextEs(String textEs) {
		this.textEs = textEs;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
