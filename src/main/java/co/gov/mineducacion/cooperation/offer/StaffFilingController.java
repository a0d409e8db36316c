package co.gov.mineducacion.cooperation.offer;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import co.gov.mineducacion.cooperation.shared.Colombia;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Staff file an offer someone made by phone, in person, by email or by post: the public
 * form's fields and rules, plus the channel, when it was received and the consent as the
 * person gave it. The filing number then shows in large print to read out.
 */
@Controller
class StaffFilingController {

	static final String FORM = "office/offers/new";

	private final StaffFilingService filing;

	private final StaffFilingRules rules;

	private final Clock clock;

	StaffFilingController(StaffFilingService filing, StaffFilingRules rules, Clock clock) {
		this.filing = filing;
		this.rules = rules;
		this.clock = clock;
	}

	@ModelAttribute("channels")
	List<OfferChannel> channels() {
		return OfferChannel.takenByStaff();
	}

	/**
	 * The form, with the person's language Spanish and the time received now (in Bogotá),
	 * until staff say otherwise.
	 */
	@GetMapping("/admin/offers/new")
	String newOffer(@ModelAttribute("offerForm") StaffFilingForm form) {
		form.setFormToken(UUID.randomUUID().toString());
		form.setPreferredLanguage("es");
		form.setReceivedAt(LocalDateTime.now(this.clock.withZone(Colombia.TIME_ZONE)).truncatedTo(ChronoUnit.MINUTES));
		return FORM;
	}

	@PostMapping("/admin/offers/new")
	ModelAndView file(@Valid @ModelAttribute("offerForm") StaffFilingForm form, BindingResult result,
			Principal principal) {
		form.renewTokenUnlessWellFormed();
		this.rules.check(form, result);
		if (result.hasErrors()) {
			return new ModelAndView(FORM, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		StaffReceipt receipt = new StaffReceipt(form.getChannel(),
				form.getReceivedAt().atZone(Colombia.TIME_ZONE).toInstant(), principal.getName());
		RedirectView filed = new RedirectView("/admin/offers/" + fileOnce(form, receipt) + "/filed", true);
		filed.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(filed);
	}

	private String fileOnce(StaffFilingForm form, StaffReceipt receipt) {
		try {
			return this.filing.file(form.toDraft(), form.getFormToken(), receipt);
		}
		catch (DataIntegrityViolationException ex) {
			if (!OfferController.isDuplicate(ex)) {
				throw ex;
			}
			// A double click raced this request: the first one filed the offer.
			return this.filing.filedCode(form.getFormToken()).orElseThrow(() -> ex);
		}
	}

}
