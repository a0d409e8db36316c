package co.gov.mineducacion.cooperation.contact.admin;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.contact.ChannelEdit;
import co.gov.mineducacion.cooperation.contact.ChannelKind;
import co.gov.mineducacion.cooperation.contact.ContactAdminService;
import co.gov.mineducacion.cooperation.contact.ContactUnit;
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
 * ADMINs add, edit, retire and restore the contact channels.
 */
@Controller
class ContactChannelAdminController {

	static final String FORM = "contact/admin/form";

	static final String LIST = "redirect:/admin/contact-channels";

	private final ContactAdminService channels;

	private final MessageSource messages;

	ContactChannelAdminController(ContactAdminService channels, MessageSource messages) {
		this.channels = channels;
		this.messages = messages;
	}

	@ModelAttribute("unitOptions")
	List<Option> units(Locale locale) {
		return Arrays.stream(ContactUnit.values()).map((unit) -> option("ContactUnit", unit, locale)).toList();
	}

	@ModelAttribute("kindOptions")
	List<Option> kinds(Locale locale) {
		return Arrays.stream(ChannelKind.values()).map((kind) -> option("ChannelKind", kind, locale)).toList();
	}

	@GetMapping("/admin/contact-channels")
	String list(Locale locale, Model model) {
		model.addAttribute("channels", this.channels.channels(locale));
		return "contact/admin/list";
	}

	@GetMapping("/admin/contact-channels/new")
	String newChannel(Model model) {
		ContactChannelForm form = new ContactChannelForm();
		form.setPosition(this.channels.nextPosition());
		model.addAttribute("channelForm", form);
		model.addAttribute("creating", true);
		return FORM;
	}

	@PostMapping("/admin/contact-channels/new")
	String create(
			@Validated({ ContactChannelForm.New.class,
					Default.class }) @ModelAttribute("channelForm") ContactChannelForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		form.checkKind(result);
		model.addAttribute("creating", true);
		if (!result.hasErrors() && !this.channels.create(form.getCode(), form.toDraft())) {
			result.rejectValue("code", "Taken");
		}
		if (result.hasErrors()) {
			return FormPage.invalid(FORM, response);
		}
		redirect.addFlashAttribute("notice", "contact.admin.created");
		return LIST;
	}

	@GetMapping("/admin/contact-channels/{code}")
	String edit(@PathVariable String code, Model model) {
		ChannelEdit channel = this.channels.channel(code);
		model.addAttribute("channelForm", ContactChannelForm.from(channel));
		return FORM;
	}

	@PostMapping("/admin/contact-channels/{code}")
	String update(@PathVariable String code, @Validated @ModelAttribute("channelForm") ContactChannelForm form,
			BindingResult result, HttpServletResponse response, RedirectAttributes redirect) {
		form.setCode(this.channels.channel(code).code());
		form.checkKind(result);
		if (!result.hasErrors() && FormPage.saved(() -> this.channels.update(code, form.getVersion(), form.toDraft()),
				result, "contact.admin.changedMeanwhile")) {
			redirect.addFlashAttribute("notice", "contact.admin.updated");
			return LIST;
		}
		return FormPage.again(FORM, result, response);
	}

	@PostMapping("/admin/contact-channels/{code}/retire")
	String retire(@PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
		return move(() -> this.channels.retire(code, version), "contact.admin.retired", redirect);
	}

	@PostMapping("/admin/contact-channels/{code}/restore")
	String restore(@PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
		return move(() -> this.channels.restore(code, version), "contact.admin.restored", redirect);
	}

	private static String move(Runnable change, String notice, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (OptimisticLockingFailureException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "contact.admin.changedMeanwhile");
		}
		return LIST;
	}

	private Option option(String prefix, Enum<?> value, Locale locale) {
		return new Option(value.name(), this.messages.getMessage(prefix + "." + value.name(), null, locale));
	}

}
