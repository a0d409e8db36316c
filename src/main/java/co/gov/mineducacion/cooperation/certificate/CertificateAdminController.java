package co.gov.mineducacion.cooperation.certificate;

import java.security.Principal;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff issue a certificate for an accepted offer, download its PDF and revoke it.
 */
@Controller
class CertificateAdminController {

	static final String LIST = "certificate/admin/list";

	private final CertificateService certificates;

	private final CertificatePdf pdf;

	CertificateAdminController(CertificateService certificates, CertificatePdf pdf) {
		this.certificates = certificates;
		this.pdf = pdf;
	}

	@ModelAttribute("certificates")
	Object certificates() {
		return this.certificates.latest();
	}

	@ModelAttribute("funderCertificateForm")
	FunderCertificateForm funderCertificateForm() {
		return new FunderCertificateForm();
	}

	@GetMapping("/admin/certificates")
	String list(Model model) {
		model.addAttribute("certificateForm", new CertificateForm());
		return LIST;
	}

	@PostMapping("/admin/certificates")
	String issue(@Valid @ModelAttribute("certificateForm") CertificateForm form, BindingResult result,
			Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return LIST;
		}
		Optional<String> code = this.certificates.issueForOffer(form.getOffer(), principal.getName());
		if (code.isEmpty()) {
			result.rejectValue("offer", "certificate.offer.notAccepted");
			return LIST;
		}
		redirect.addFlashAttribute("notice", "certificate.admin.issued");
		redirect.addFlashAttribute("issued", code.get());
		return "redirect:/admin/certificates";
	}

	@GetMapping("/admin/certificates/{code}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code) {
		CertificateView certificate = this.certificates.find(code).orElseThrow(CertificateNotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("certificate-" + certificate.source() + ".pdf")
						.build()
						.toString())
			.body(this.pdf.render(certificate));
	}

	@PostMapping("/admin/certificates/{code}/revoke")
	String revoke(@PathVariable String code, Principal principal, RedirectAttributes redirect) {
		this.certificates.revoke(code, principal.getName());
		redirect.addFlashAttribute("notice", "certificate.admin.revoked");
		return "redirect:/admin/certificates";
	}

}
