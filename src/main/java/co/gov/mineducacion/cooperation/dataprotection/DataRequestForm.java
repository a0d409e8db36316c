package co.gov.mineducacion.cooperation.dataprotection;

import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.web.PlausibleDate;
import co.gov.mineducacion.cooperation.shared.web.PublicEmail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A data subject's request as an ADMIN records it: what they ask, when it arrived, who
 * they are, and the offer it concerns, if any.
 */
class DataRequestForm {

	@NotNull
	private DataRequestKind kind;

	@NotNull
	@PastOrPresent
	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	@NotBlank
	@Size(max = 150)
	private String requesterName;

	@NotBlank
	@PublicEmail
	@Size(max = 254)
	private String requesterEmail;

	@Size(max = 20)
	@Pattern(regexp = "(?i)CO-\\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")
	private String offerTrackingCode;

	@NotBlank
	@Size(max = 5000)
	private String description;

	public DataRequestKind getKind() {
		return this.kind;
	}

	public void setKind(DataRequestKind kind) {
		this.kind = kind;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getRequesterName() {
		return this.requesterName;
	}

	public void setRequesterName(String requesterName) {
		this.requesterName = requesterName;
	}

	public String getRequesterEmail() {
		return this.requesterEmail;
	}

	public void setRequesterEmail(String requesterEmail) {
		this.requesterEmail = requesterEmail;
	}

	public String getOfferTrackingCode() {
		return this.offerTrackingCode;
	}

	public void setOfferTrackingCode(String offerTrackingCode) {
		this.offerTrackingCode = offerTrackingCode;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
