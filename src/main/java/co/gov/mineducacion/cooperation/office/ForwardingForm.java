package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.offer.ForwardingRequest;
import co.gov.mineducacion.cooperation.shared.web.PublicEmail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Forwarding an offer to the competent entity (Ley 1755 de 2015, art. 21): the entity,
 * its email, the message to the submitter, whether the documents go with the email to the
 * entity, with the version of the offer the staff member saw.
 */
class ForwardingForm {

	private long version;

	@NotBlank
	@Size(max = 200)
	private String entityName;

	@NotBlank
	@PublicEmail
	@Size(max = 254)
	private String entityEmail;

	@NotBlank
	@Size(max = 4000)
	private String message;

	private boolean attachDocuments;

	ForwardingForm() {
	}

	ForwardingForm(long version) {
		this.version = version;
	}

	ForwardingRequest toRequest() {
		return new ForwardingRequest(this.entityName, this.entityEmail, this.message, this.attachDocuments);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getEntityName() {
		return this.entityName;
	}

	public void setEntityName(String entityName) {
		this.entityName = entityName;
	}

	public String getEntityEmail() {
		return this.entityEmail;
	}

	public void setEntityEmail(String entityEmail) {
		this.entityEmail = entityEmail;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public boolean isAttachDocuments() {
		return this.attachDocuments;
	}

	public void setAttachDocuments(boolean attachDocuments) {
		this.attachDocuments = attachDocuments;
	}

}
