package co.gov.mineducacion.cooperation.certificate;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public verification of a certificate by its code: what the certificate states, or
 * that it was revoked, or that no certificate has that code (404, also for a code that
 * was altered).
 */
@Controller
class CertificateController {

	private final CertificateService certificates;

	private final CertificatePdf pdf;

	CertificateController(CertificateService certificates, CertificatePdf pdf) {
		this.certificates = certificates;
		this.pdf = pdf;
	}

	@GetMapping("/certificates/{code}")
	String verify(@PathVariable String code, Locale locale, Model model, HttpServletResponse response) {
		Optional<CertificateView> certificate = this.certificates.find(code);
		if (certificate.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "certificate/verify";
		}
		model.addAttribute("certificate", certificate.get());
		model.addAttribute("text", this.pdf.text(certificate.get(), locale));
		return "certificate/verify";
	}

}
