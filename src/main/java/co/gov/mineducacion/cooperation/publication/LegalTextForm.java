package co.gov.mineducacion.cooperation.publication;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A policy's text in both languages, as an ADMIN rewords it.
 */
class LegalTextForm {

	@NotBlank
	@Size(max = LegalText.MAX_LENGTH)
	private String bodyEs;

	@NotBlank
	@Size(max = LegalText.MAX_LENGTH)
	private String bodyEn;

	private long version;

	static LegalTextForm from(LegalTexts.TextEdit edit) {
		LegalTextForm form = new LegalTextForm();
		form.bodyEs = edit.body().es();
		form.bodyEn = edit.body().en();
		form.version = edit.version();
		return form;
	}

	Bilingual body() {
		return new Bilingual(this.bodyEs, this.bodyEn);
	}

	public String getBodyEs() {
		return this.bodyEs;
	}

	public void setBodyEs(String bodyEs) {
		this.bodyEs = bodyEs;
	}

	public String getBodyEn() {
		return this.bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
