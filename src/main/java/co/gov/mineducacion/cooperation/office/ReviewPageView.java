package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import co.gov.mineducacion.cooperation.offer.ReviewMove;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Shows the offer page: the offer as it is now and one form per move, pre-filled from a
 * chosen template, or with the text a staff member typed when their move failed.
 */
@Component
class ReviewPageView {

	static final String VIEW = "office/offers/detail";

	private final OfficeReviewService pages;

	private final long maxAttachmentsMegabytes;

	ReviewPageView(OfficeReviewService pages, PortalProperties properties) {
		this.pages = pages;
		this.maxAttachmentsMegabytes = properties.mail().maxAttachmentsSize().toMegabytes();
	}

	String show(String code, Locale locale, Model model, ReviewPageState state) {
		ReviewPage page = this.pages.page(code, locale);
		long version = page.offer().version();
		Map<String, ReviewActionForm> forms = new LinkedHashMap<>();
		ReviewMove.withMessage().forEach((move) -> forms.put(move.slug(), new ReviewActionForm(version)));
		String open = null;
		if (state.original() != null) {
			open = ReviewMove.CLOSE_AS_DUPLICATE.slug();
			forms.get(open).setOriginal(state.original());
		}
		if (state.template() != null) {
			var chosen = page.template(state.template());
			if (chosen.isPresent()) {
				open = chosen.get().getKey();
				forms.put(open, forms.get(open).from(chosen.get().getValue()));
			}
		}
		if (state.move() != null && forms.containsKey(state.move().slug())) {
			open = state.move().slug();
			forms.put(open, state.typed().retyped(version));
		}
		if (model.getAttribute(TermExtensionController.FORM) instanceof TermExtensionForm typed) {
			// What was typed stays; the version is the one now shown, as for the moves.
			typed.setVersion(version);
		}
		else {
			model.addAttribute(TermExtensionController.FORM, new TermExtensionForm(version));
		}
		if (model.getAttribute(ForwardingController.FORM) instanceof ForwardingForm typed) {
			typed.setVersion(version);
		}
		else {
			model.addAttribute(ForwardingController.FORM, new ForwardingForm(version));
		}
		model.addAttribute("page", page);
		model.addAttribute("offer", page.offer());
		model.addAttribute("forms", forms);
		model.addAttribute("open", open);
		model.addAttribute("state", state);
		model.addAttribute("maxAttachmentsMegabytes", this.maxAttachmentsMegabytes);
		if (state.problem() != null) {
			model.addAttribute("problem", state.problem());
		}
		return VIEW;
	}

	/**
	 * The page again, answered with {@code status}, after a move failed.
	 */
	String showAgain(String code, Locale locale, Model model, ReviewPageState state, HttpStatus status,
			HttpServletResponse response) {
		response.setStatus(status.value());
		return show(code, locale, model, state);
	}

}
