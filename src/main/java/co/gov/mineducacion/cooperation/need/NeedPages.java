package co.gov.mineducacion.cooperation.need;

import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.web.ListedPages;

import org.springframework.stereotype.Component;

/**
 * The pages of the needs the public list shows (open and partly met), the soonest due
 * first, for the site map.
 */
@Component
class NeedPages implements ListedPages {

	private final NeedService needs;

	NeedPages(NeedService needs) {
		this.needs = needs;
	}

	@Override
	public String under() {
		return "/needs";
	}

	@Override
	public List<ListedPage> pages(Locale locale) {
		return this.needs.openNeeds()
			.stream()
			.map((need) -> new ListedPage(under() + "/" + need.slug(), need.title().in(locale), need.updatedAt()))
			.toList();
	}

}
