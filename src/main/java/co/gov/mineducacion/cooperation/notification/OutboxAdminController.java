package co.gov.mineducacion.cooperation.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMINs see the emails the outbox gave up on and send one again once its cause is fixed.
 */
@Controller
class OutboxAdminController {

	private final UndeliveredEmails undelivered;

	OutboxAdminController(UndeliveredEmails undelivered) {
		this.undelivered = undelivered;
	}

	@GetMapping("/admin/outbox")
	String failed(Model model) {
		model.addAttribute("failedEmails", this.undelivered.newest());
		model.addAttribute("failedCount", this.undelivered.count());
		return "outbox/list";
	}

	@PostMapping("/admin/outbox/{messageId}/retry")
	String retry(@PathVariable long messageId, RedirectAttributes redirect) {
		boolean retried = this.undelivered.retry(messageId);
		redirect.addFlashAttribute("notice", retried ? "outbox.admin.retried" : "outbox.admin.notFailed");
		return "redirect:/admin/outbox";
	}

}
