package co.gov.mineducacion.cooperation.activity;

import java.security.Principal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One activity in the admin area: its targets with the progress recorded against them,
 * its milestones, and the forms that add to them.
 */
@Controller
class ActivityProgressController {

	static final String PAGE = "activity/admin/activity";

	private final ActivityService activities;

	private final ActivityEditor editor;

	ActivityProgressController(ActivityService activities, ActivityEditor editor) {
		this.activities = activities;
		this.editor = editor;
	}

	@GetMapping("/admin/activities/{slug}")
	String activity(@PathVariable String slug, Locale locale, Model model) {
		return page(slug, locale, model);
	}

	@PostMapping("/admin/activities/{slug}/targets")
	String addTarget(@PathVariable String slug, @Valid @ModelAttribute("targetForm") TargetForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(slug, locale, model);
		}
		this.editor.addTarget(slug, new Bilingual(form.getIndicatorEs(), form.getIndicatorEn()), form.getTargetValue());
		redirect.addFlashAttribute("notice", "activity.admin.targetAdded");
		return "redirect:/admin/activities/" + slug;
	}

	@PostMapping("/admin/activities/{slug}/progress")
	String recordProgress(@PathVariable String slug, @Valid @ModelAttribute("progressForm") ProgressForm form,
			BindingResult result, Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		LocalDate measuredOn = pastDay(form.getMeasuredOn(), "measuredOn", result);
		if (result.hasErrors()) {
			return page(slug, locale, model);
		}
		this.editor.recordProgress(slug, form.getTargetId(), measuredOn, form.getValue(), principal.getName());
		redirect.addFlashAttribute("notice", "activity.admin.progressRecorded");
		return "redirect:/admin/activities/" + slug;
	}

	@PostMapping("/admin/activities/{slug}/milestones")
	String addMilestone(@PathVariable String slug, @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
			BindingResult result, Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		LocalDate reachedOn = pastDay(form.getReachedOn(), "reachedOn", result);
		if (result.hasErrors()) {
			return page(slug, locale, model);
		}
		this.editor.addMilestone(slug, reachedOn, new Bilingual(form.getTextEs(), form.getTextEn()),
				principal.getName());
		redirect.addFlashAttribute("notice", "activity.admin.milestoneAdded");
		return "redirect:/admin/activities/" + slug;
	}

	private String page(String slug, Locale locale, Model model) {
		ActivityDetails activity = this.activities.details(slug, locale);
		model.addAttribute("activity", activity);
		model.addAttribute("targetOptions",
				activity.targets().stream().map((t) -> new Option(String.valueOf(t.id()), t.indicator())).toList());
		if (!model.containsAttribute("targetForm")) {
			model.addAttribute("targetForm", new TargetForm());
		}
		if (!model.containsAttribute("progressForm")) {
			model.addAttribute("progressForm", new ProgressForm());
		}
		if (!model.containsAttribute("milestoneForm")) {
			model.addAttribute("milestoneForm", new MilestoneForm());
		}
		return PAGE;
	}

	/**
	 * The day typed, which must exist and not be in the future; {@code null} with a field
	 * error otherwise.
	 */
	private LocalDate pastDay(String text, String field, BindingResult result) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text);
			if (day.isAfter(this.activities.today())) {
				result.rejectValue(field, "Future");
				return null;
			}
			return day;
		}
		catch (DateTimeException ex) {
			result.rejectValue(field, "Invalid");
			return null;
		}
	}

}
