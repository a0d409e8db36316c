package co.gov.mineducacion.cooperation.office;

import jakarta.validation.constraints.Size;

/**
 * A workflow move on one offer: the version the staff member saw and, where the move
 * carries one, the message to the submitter (its subject, the template it started from)
 * and, to close a duplicate, the original's filing number.
 */
class ReviewActionForm {

	private long version;

	@Size(max = 200)
	private String subject;

	@Size(max = 5000)
	private String message;

	private Long template;

	@Size(max = 30)
	private String original;

	ReviewActionForm() {
	}

	ReviewActionForm(long version) {
		this.version = version;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public Long getTemplate() {
		return this.template;
	}

	public void setTemplate(Long template) {
		this.template = template;
	}

	public String getOriginal() {
		return this.original;
	}

	public void setOriginal(String original) {
		this.original = original;
	}

	boolean hasMessage() {
		return this.message != null && !this.message.isBlank();
	}

	/**
	 * The same text for another version of the offer: what a staff member typed survives
	 * a conflict, and their next attempt is checked against what they now see.
	 */
	ReviewActionForm retyped(long currentVersion) {
		ReviewActionForm form = new ReviewActionForm(currentVersion);
		form.subject = this.subject;
		form.message = this.message;
		form.template = this.template;
		form.original = this.original;
		return form;
	}

	/**
	 * The form filled with a template's text.
	 */
	ReviewActionForm from(TemplateChoice choice) {
		ReviewActionForm form = retyped(this.version);
		form.template = choice.id();
		form.subject = choice.subject();
		form.message = choice.body();
		return form;
	}

}
