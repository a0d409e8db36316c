package co.gov.mineducacion.cooperation.offer;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * The submitter's answer to the office's request for more information.
 */
class AnswerForm {

	@NotBlank
	@Size(max = 5000)
	private String message;

	private List<MultipartFile> attachments = new ArrayList<>();

	List<MultipartFile> chosenAttachments() {
		return this.attachments.stream().filter((file) -> file != null && !file.isEmpty()).toList();
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public List<MultipartFile> getAttachments() {
		return this.attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = (attachments != null) ? attachments : new ArrayList<>();
	}

}
