package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.offer.ReviewMove;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An answer template as an ADMIN writes it: both languages are required.
 */
class AnswerTemplateForm {

	private long version;

	@NotBlank
	@Size(max = 120)
	private String name;

	@NotNull
	private ReviewMove purpose;

	@NotBlank
	@Size(max = 200)
	private String subjectEs;

	@NotBlank
	@Size(max = 5000)
	private String bodyEs;

	@NotBlank
	@Size(max = 200)
	private String subjectEn;

	@NotBlank
	@Size(max = 5000)
	private String bodyEn;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ReviewMove getPurpose() {
		return this.purpose;
	}

	/**
	 * Only a move that tells the submitter something has templates; any other is no
	 * choice.
	 */
	public void setPurpose(ReviewMove purpose) {
		this.purpose = (purpose != null && purpose.requiresMessage()) ? purpose : null;
	}

	public String getSubjectEs() {
		return this.subjectEs;
	}

	public void setSubjectEs(String subjectEs) {
		this.subjectEs = subjectEs;
	}

	public String getBodyEs() {
		return this.bodyEs;
	}

	public void setBodyEs(String bodyEs) {
		this.bodyEs = bodyEs;
	}

	public String getSubjectEn() {
		return this.subjectEn;
	}

	public void setSubjectEn(String subjectEn) {
		this.subjectEn = subjectEn;
	}

	public String getBodyEn() {
		return this.bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}

}
