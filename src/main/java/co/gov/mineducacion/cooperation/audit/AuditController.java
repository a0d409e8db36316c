package co.gov.mineducacion.cooperation.audit;

import co.gov.mineducacion.cooperation.shared.web.PlausibleDate;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * ADMINs read the audit log, filtered by who, what and when. The filters live in the URL;
 * a day that cannot be read, or falls outside {@link PlausibleDate}, is reported beside
 * its field and left out.
 */
@Controller
class AuditController {

	private final AuditQueries queries;

	AuditController(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/admin/audit")
	String audit(@Valid @ModelAttribute("auditFilter") AuditFilter filter, BindingResult result, Model model) {
		filter.forgetRejectedDays(result);
		model.addAttribute("actions", this.queries.actions());
		AuditPage page = this.queries.page(filter);
		model.addAttribute("audit", page);
		if (page.nextBefore() != null) {
			model.addAttribute("olderHref", link(filter, page.nextBefore()));
		}
		if (filter.getBefore() != null) {
			model.addAttribute("newestHref", link(filter, null));
		}
		return "audit/list";
	}

	private static String link(AuditFilter filter, Long before) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
		addIfPresent(uri, "actor", filter.getActor());
		addIfPresent(uri, "action", filter.getAction());
		addIfPresent(uri, "from", filter.getFrom());
		addIfPresent(uri, "to", filter.getTo());
		addIfPresent(uri, "before", before);
		return uri.encode().build().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}

}
