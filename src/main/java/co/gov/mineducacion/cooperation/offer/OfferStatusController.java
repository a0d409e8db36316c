package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.ratelimit.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Status tracking without an account: look an offer up, open it from the emailed link,
 * answer the office, ask for more time to answer, withdraw.
 */
@Controller
class OfferStatusController {

	static final String LOOKUP = "offer/status-lookup";

	static final String STATUS = "offer/status";

	private final OfferTrackingService tracking;

	private final RateLimiter rateLimiter;

	private final PortalProperties properties;

	OfferStatusController(OfferTrackingService tracking, RateLimiter rateLimiter, PortalProperties properties) {
		this.tracking = tracking;
		this.rateLimiter = rateLimiter;
		this.properties = properties;
	}

	@GetMapping("/offers/status")
	String lookupForm(Model model) {
		model.addAttribute("lookupForm", new StatusLookupForm());
		return LOOKUP;
	}

	@PostMapping("/offers/status")
	String lookUp(@Valid @ModelAttribute("lookupForm") StatusLookupForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return FormPage.invalid(LOOKUP, response);
		}
		this.rateLimiter.acquire("status-lookup", request.getRemoteAddr(),
				this.properties.offers().statusLookupsPerHour(), Duration.ofHours(1));
		return this.tracking.lookUp(form.getTrackingCode(), form.getEmail())
			.map((token) -> "redirect:/offers/status/" + token)
			.orElseGet(() -> {
				// One answer for a wrong number and a wrong email: nothing to enumerate.
				result.reject("offer.status.notFound");
				return FormPage.invalid(LOOKUP, response);
			});
	}

	@GetMapping("/offers/status/{token}")
	String status(@PathVariable String token, Model model) {
		model.addAttribute("offer", this.tracking.status(token));
		model.addAttribute("token", token);
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new AnswerForm());
		}
		if (!model.containsAttribute("withdrawForm")) {
			model.addAttribute("withdrawForm", new WithdrawForm());
		}
		return STATUS;
	}

	@PostMapping("/offers/status/{token}/answer")
	String answer(@PathVariable String token, @Valid @ModelAttribute("answerForm") AnswerForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		List<org.springframework.web.multipart.MultipartFile> files = form.chosenAttachments();
		if (files.size() > AttachmentInspector.MAX_FILES) {
			result.rejectValue("attachments", "TooMany");
		}
		if (!result.hasErrors()) {
			try {
				this.tracking.answer(token, form.getMessage(), files);
				redirect.addFlashAttribute("notice", "offer.status.answered");
				return "redirect:/offers/status/" + token;
			}
			catch (RejectedFileException ex) {
				result.rejectValue("attachments", ex.reason(), new Object[] { ex.fileName() }, null);
			}
		}
		return FormPage.invalid(status(token, model), response);
	}

	@PostMapping("/offers/status/{token}/withdraw")
	String withdraw(@PathVariable String token, @Valid @ModelAttribute("withdrawForm") WithdrawForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FormPage.invalid(status(token, model), response);
		}
		this.tracking.withdraw(token, form.getReason());
		redirect.addFlashAttribute("notice", "offer.status.withdrawn");
		return "redirect:/offers/status/" + token;
	}

	/**
	 * The submitter's one request for one more month to answer the office (Ley 1755 de
	 * 2015, art. 17): a button, nothing to type.
	 */
	@PostMapping("/offers/status/{token}/more-time")
	String askForMoreTime(@PathVariable String token, RedirectAttributes redirect) {
		this.tracking.askForMoreTime(token);
		redirect.addFlashAttribute("notice", "offer.status.moreTime.done");
		return "redirect:/offers/status/" + token;
	}

	/**
	 * An answer or a withdrawal the offer's status no longer allows (sent twice, from an
	 * old page): nothing changed; the status page says so.
	 */
	@ExceptionHandler(IllegalOfferTransitionException.class)
	RedirectView refused(HttpServletRequest request, RedirectAttributes redirect) {
		return backToStatus(request, redirect, "offer.status.refused");
	}

	/**
	 * More time asked for twice, or too late: nothing changed; the status page says why.
	 */
	@ExceptionHandler(MoreTimeRefusedException.class)
	RedirectView moreTimeRefused(MoreTimeRefusedException ex, HttpServletRequest request, RedirectAttributes redirect) {
		return backToStatus(request, redirect, "offer.status.moreTime.refused." + ex.reason().name());
	}

	private static RedirectView backToStatus(HttpServletRequest request, RedirectAttributes redirect, String refusal) {
		Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		redirect.addFlashAttribute("refusal", refusal);
		RedirectView status = new RedirectView("/offers/status/" + path.get("token"), true);
		status.setStatusCode(HttpStatus.SEE_OTHER);
		return status;
	}

}
