package co.gov.mineducacion.cooperation.dataprotection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The answer to a data subject's request; for a deletion, whether to anonymise the offer
 * it concerns now.
 */
class DataRequestAnswerForm {

	private long version;

	@NotBlank
	@Size(max = 5000)
	private String answer;

	private boolean anonymiseOffer;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public boolean isAnonymiseOffer() {
		return this.anonymiseOffer;
	}

	public void setAnonymiseOffer(boolean anonymiseOffer) {
		this.anonymiseOffer = anonymiseOffer;
	}

}
