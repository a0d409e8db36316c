package co.gov.mineducacion.cooperation.office;

import java.security.Principal;
import java.util.List;

import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.offer.QueueFilter;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's queue. Its filters live in the URL, so a view can be bookmarked and
 * shared.
 */
@Controller
class OfferQueueController {

	static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

	private final OfficeQueueService queue;

	OfferQueueController(OfficeQueueService queue) {
		this.queue = queue;
	}

	@ModelAttribute("statuses")
	OfferStatus[] statuses() {
		return OfferStatus.values();
	}

	@GetMapping("/admin/offers")
	String queue(@RequestParam(required = false) OfferStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "ANY") String assignee, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, Principal principal, Model model) {
		QueueFilter filter = new QueueFilter(status, q, assignee);
		int pageSize = PAGE_SIZES.contains(size) ? size : PAGE_SIZES.get(0);
		model.addAttribute("filter", filter);
		model.addAttribute("pageSizes", PAGE_SIZES);
		model.addAttribute("offers",
				this.queue.queue(filter, principal.getName(), PageRequest.of(Math.max(page, 0), pageSize)));
		return "office/offers/list";
	}

}
