package co.gov.mineducacion.cooperation.offer;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.web.FormTokens;
import co.gov.mineducacion.cooperation.shared.ratelimit.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public offer form: fill in, review what will be sent, confirm, read the filing
 * number.
 */
@Controller
class OfferController {

	static final String FORM = "offer/form";

	static final String REVIEW = "offer/review";

	private static final String UNIQUE_VIOLATION = "23505";

	private final OfferService offers;

	private final OfferFormRules rules;

	private final RateLimiter rateLimiter;

	private final PortalProperties properties;

	private final AttachmentInspector inspector;

	OfferController(OfferService offers, OfferFormRules rules, RateLimiter rateLimiter, PortalProperties properties,
			AttachmentInspector inspector) {
		this.offers = offers;
		this.rules = rules;
		this.rateLimiter = rateLimiter;
		this.properties = properties;
		this.inspector = inspector;
	}

	/**
	 * The address the form posts to, opened as a page (a bookmark, a language switch
	 * after a failed post): the form.
	 */
	@GetMapping("/offers")
	String offers() {
		return "redirect:/offers/new";
	}

	/**
	 * The empty form; {@code project} and {@code action} preselect a project and a way to
	 * cooperate, and {@code need} (read by {@link OfferFormChoicesAdvice}) an open need
	 * with its project and ways to cooperate.
	 */
	@GetMapping("/offers/new")
	String newOffer(@RequestParam(required = false) String project, @RequestParam(required = false) String action,
			Model model, Locale locale, HttpServletRequest request) {
		OfferForm form = new OfferForm();
		form.setFormToken(FormTokens.issue(request));
		form.setPreferredLanguage(locale.getLanguage());
		if (project != null && project.matches("[A-Z0-9-]{2,20}")) {
			form.getStrategicProjects().add(project);
		}
		if (action != null && action.matches("A\\d{2}")) {
			form.getActionTypes().add(action);
		}
		if (model.getAttribute(OfferFormChoicesAdvice.CHOSEN_NEED) instanceof NeedOutline need) {
			form.answer(need);
		}
		model.addAttribute("offerForm", form);
		return FORM;
	}

	@PostMapping("/offers")
	ModelAndView submit(@Valid @ModelAttribute("offerForm") OfferForm form, BindingResult result,
			@RequestParam(defaultValue = "confirm") String step, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (form.isSpam()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		form.renewTokenUnlessWellFormed();
		if ("edit".equals(step)) {
			return formView(form, HttpStatus.OK);
		}
		this.rules.check(form, result);
		stageChosenDocuments(form, result);
		if (result.hasErrors()) {
			return formView(form, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if ("review".equals(step)) {
			ModelAndView review = new ModelAndView(REVIEW);
			review.addObject("similarOffers", this.offers.similar(form.toDraft()));
			review.addObject("stagedFiles", this.offers.stagedFiles(form.getFormToken()));
			return review;
		}
		String client = request.getRemoteAddr();
		this.rateLimiter.acquire("offer-submission", client, this.properties.offers().submissionsPerHour(),
				Duration.ofHours(1));
		redirect.addFlashAttribute("trackingCode", fileOnce(form, client));
		RedirectView confirmation = new RedirectView("/offers/submitted", true);
		confirmation.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(confirmation);
	}

	@GetMapping("/offers/submitted")
	String submitted() {
		return "offer/submitted";
	}

	private String fileOnce(OfferForm form, String client) {
		try {
			return this.offers.submit(form.toDraft(), form.getFormToken(), client);
		}
		catch (DataIntegrityViolationException ex) {
			if (!isDuplicate(ex)) {
				throw ex;
			}
			// A double click raced this request: the first one filed the offer; show its
			// number.
			return this.offers.trackingCodeOfForm(form.getFormToken()).orElseThrow(() -> ex);
		}
	}

	/**
	 * Whether the database refused a second row with the same form token (a unique
	 * violation), rather than the data itself.
	 */
	static boolean isDuplicate(DataIntegrityViolationException ex) {
		return ex instanceof DuplicateKeyException || (ex.getMostSpecificCause() instanceof SQLException sql
				&& UNIQUE_VIOLATION.equals(sql.getSQLState()));
	}

	private void stageChosenDocuments(OfferForm form, BindingResult result) {
		List<org.springframework.web.multipart.MultipartFile> files = form.chosenAttachments();
		if (files.size() > AttachmentInspector.MAX_FILES) {
			result.rejectValue("attachments", "TooMany");
		}
		else if (!files.isEmpty()) {
			try {
				// Documents are checked on every post, so their problems show at once;
				// they are kept
				// only with an otherwise valid form.
				files.forEach(this.inspector::inspect);
				if (!result.hasErrors()) {
					this.offers.stage(form.getFormToken(), files);
				}
			}
			catch (RejectedFileException ex) {
				result.rejectValue("attachments", ex.reason(), new Object[] { ex.fileName() }, null);
			}
		}
	}

	private ModelAndView formView(OfferForm form, HttpStatus status) {
		ModelAndView view = new ModelAndView(FORM, status);
		view.addObject("stagedFiles", this.offers.stagedFiles(form.getFormToken()));
		return view;
	}

}
