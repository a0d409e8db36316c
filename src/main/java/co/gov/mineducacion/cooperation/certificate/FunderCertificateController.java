package co.gov.mineducacion.cooperation.certificate;

import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff issue a certificate for an activity's funding organisation, from the activity's
 * page or from the certificates page; an activity or funder that does not exist is
 * reported next to the field on the certificates page.
 */
@Controller
class FunderCertificateController {

	private final FunderCertificateService funders;

	private final CertificateService certificates;

	FunderCertificateController(FunderCertificateService funders, CertificateService certificates) {
		this.funders = funders;
		this.certificates = certificates;
	}

	@ModelAttribute("certificates")
	Object certificates() {
		return this.certificates.latest();
	}

	@ModelAttribute("certificateForm")
	CertificateForm certificateForm() {
		return new CertificateForm();
	}

	@PostMapping("/admin/certificates/funders")
	String issue(@Valid @ModelAttribute("funderCertificateForm") FunderCertificateForm form, BindingResult result,
			Principal principal, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			Optional<String> code = this.funders.issue(form.getActivity(), form.getFunder(), principal.getName());
			if (code.isPresent()) {
				redirect.addFlashAttribute("notice", "certificate.admin.issued");
				redirect.addFlashAttribute("issued", code.get());
				return "redirect:/admin/certificates";
			}
			result.rejectValue("funder", "certificate.funder.unknown");
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return CertificateAdminController.LIST;
	}

}
