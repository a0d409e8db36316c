package co.gov.mineducacion.cooperation.catalog.admin;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.catalog.ActionTypeEdit;
import co.gov.mineducacion.cooperation.catalog.CatalogAdminService;
import co.gov.mineducacion.cooperation.catalog.PolicyAxis;
import co.gov.mineducacion.cooperation.catalog.ProjectEdit;
import co.gov.mineducacion.cooperation.catalog.ProjectLevel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMINs add, edit, retire and restore the strategic projects.
 */
@Controller
class ProjectAdminController {

	static final String FORM = "catalog/admin/projects/form";

	static final String LIST = "redirect:/admin/catalog/projects";

	private final CatalogAdminService catalog;

	private final MessageSource messages;

	ProjectAdminController(CatalogAdminService catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	@ModelAttribute("levelOptions")
	List<Option> levels(Locale locale) {
		return Arrays.stream(ProjectLevel.values()).map((level) -> option("ProjectLevel", level, locale)).toList();
	}

	@ModelAttribute("axisOptions")
	List<Option> axes(Locale locale) {
		return Arrays.stream(PolicyAxis.values()).map((axis) -> option("PolicyAxis", axis, locale)).toList();
	}

	@ModelAttribute("actionTypeOptions")
	List<Option> actionTypes(Locale locale) {
		return this.catalog.actionTypes()
			.stream()
			.map((type) -> new Option(type.code(), type.code() + " · " + type.shortName().in(locale)))
			.toList();
	}

	@GetMapping("/admin/catalog")
	String catalog() {
		return LIST;
	}

	@GetMapping("/admin/catalog/projects")
	String projects(Locale locale, Model model) {
		model.addAttribute("projects", this.catalog.projects(locale));
		return "catalog/admin/projects/list";
	}

	@GetMapping("/admin/catalog/projects/new")
	String newProject(Model model) {
		ProjectForm form = new ProjectForm();
		// As for the seeded projects, every way to cooperate fits until the ADMIN narrows
		// it.
		this.catalog.actionTypes().forEach((type) -> form.getActionTypes().add(type.code()));
		model.addAttribute("projectForm", form);
		model.addAttribute("creating", true);
		return FORM;
	}

	@PostMapping("/admin/catalog/projects/new")
	String create(@Validated({ ProjectForm.New.class, Default.class }) @ModelAttribute("projectForm") ProjectForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		check(form, result);
		model.addAttribute("creating", true);
		if (!result.hasErrors() && !this.catalog.create(form.getCode(), form.toDraft())) {
			result.rejectValue("code", "Taken");
		}
		if (result.hasErrors()) {
			return FormPage.invalid(FORM, response);
		}
		redirect.addFlashAttribute("notice", "catalog.admin.project.created");
		return LIST;
	}

	@GetMapping("/admin/catalog/projects/{code}")
	String edit(@PathVariable String code, Model model) {
		ProjectEdit project = this.catalog.project(code);
		model.addAttribute("projectForm", ProjectForm.from(project));
		model.addAttribute("retired", project.retired());
		return FORM;
	}

	@PostMapping("/admin/catalog/projects/{code}")
	String update(@PathVariable String code, @Validated @ModelAttribute("projectForm") ProjectForm form,
			BindingResult result, HttpServletResponse response, RedirectAttributes redirect) {
		form.setCode(code);
		check(form, result);
		// On a conflict nothing was saved: the ADMIN keeps what they typed and opens the
		// newer version to apply it again.
		if (!result.hasErrors() && FormPage.saved(() -> this.catalog.update(code, form.getVersion(), form.toDraft()),
				result, "catalog.admin.changedMeanwhile")) {
			redirect.addFlashAttribute("notice", "catalog.admin.project.updated");
			return LIST;
		}
		return FormPage.again(FORM, result, response);
	}

	@PostMapping("/admin/catalog/projects/{code}/retire")
	String retire(@PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
		return move(() -> this.catalog.retire(code, version), "catalog.admin.project.retired", redirect);
	}

	@PostMapping("/admin/catalog/projects/{code}/restore")
	String restore(@PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
		return move(() -> this.catalog.restore(code, version), "catalog.admin.project.restored", redirect);
	}

	private static String move(Runnable change, String notice, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (OptimisticLockingFailureException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "catalog.admin.changedMeanwhile");
		}
		return LIST;
	}

	private void check(ProjectForm form, BindingResult result) {
		form.checkObjective(result);
		if (!this.catalog.actionTypes()
			.stream()
			.map(ActionTypeEdit::code)
			.toList()
			.containsAll(form.getActionTypes())) {
			result.rejectValue("actionTypes", "Unknown");
		}
	}

	private Option option(String prefix, Enum<?> value, Locale locale) {
		return new Option(value.name(), this.messages.getMessage(prefix + "." + value.name(), null, locale));
	}

}
