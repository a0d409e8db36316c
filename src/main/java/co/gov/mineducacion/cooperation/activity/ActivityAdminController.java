package co.gov.mineducacion.cooperation.activity;

import jakarta.servlet.http.HttpServletResponse;
import co.gov.mineducacion.cooperation.shared.web.FormPage;
import java.util.Locale;
import java.util.Optional;

import co.gov.mineducacion.cooperation.offer.AcceptedOffer;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's list of activities and the activity form: create (from scratch or from an
 * accepted offer) and edit.
 */
@Controller
class ActivityAdminController {

	static final String FORM = "activity/admin/form";

	private final ActivityService activities;

	private final ActivityEditor editor;

	private final ActivityFormRules rules;

	ActivityAdminController(ActivityService activities, ActivityEditor editor, ActivityFormRules rules) {
		this.activities = activities;
		this.editor = editor;
		this.rules = rules;
	}

	@GetMapping("/admin/activities")
	String list(Locale locale, Model model) {
		model.addAttribute("listing", this.activities.list(ActivityFilter.NONE, locale));
		return "activity/admin/list";
	}

	@GetMapping("/admin/activities/new")
	String newActivity(@RequestParam(required = false) String offer, Model model) {
		if (offer == null) {
			model.addAttribute("activityForm", new ActivityForm());
			return FORM;
		}
		Optional<AcceptedOffer> accepted = this.editor.offerToPublish(offer);
		if (accepted.isEmpty()) {
			return "redirect:/admin/activities/" + this.editor.activityOf(offer).orElseThrow();
		}
		model.addAttribute("activityForm", ActivityForms.fromOffer(accepted.get()));
		return FORM;
	}

	@PostMapping("/admin/activities/new")
	String create(@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
			RedirectAttributes redirect) {
		this.rules.check(form, result);
		if (result.hasErrors()) {
			return FORM;
		}
		String slug = this.editor.create(form.toDraft(), form.getOffer());
		redirect.addFlashAttribute("notice", "activity.admin.created");
		return "redirect:/admin/activities/" + slug;
	}

	@GetMapping("/admin/activities/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		model.addAttribute("slug", slug);
		model.addAttribute("activityForm", this.activities.editForm(slug));
		return FORM;
	}

	@PostMapping("/admin/activities/{slug}/edit")
	String update(@PathVariable String slug, @Valid @ModelAttribute("activityForm") ActivityForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.rules.check(form, result);
		model.addAttribute("slug", slug);
		if (result.hasErrors()) {
			return FORM;
		}
		if (!FormPage.saved(() -> this.editor.revise(slug, form.getVersion(), form.toDraft()), result,
				"activity.admin.changedMeanwhile")) {
			return FormPage.again(FORM, result, response);
		}
		redirect.addFlashAttribute("notice", "activity.admin.updated");
		return "redirect:/admin/activities/" + slug;
	}

}
