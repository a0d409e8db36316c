package co.gov.mineducacion.cooperation.activity;

import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.web.ListedPages;

import org.springframework.stereotype.Component;

/**
 * Every activity's page, the latest start first, for the site map.
 */
@Component
class ActivityPages implements ListedPages {

	private final ActivityService activities;

	ActivityPages(ActivityService activities) {
		this.activities = activities;
	}

	@Override
	public String under() {
		return "/activities";
	}

	@Override
	public List<ListedPage> pages(Locale locale) {
		return this.activities.records()
			.stream()
			.map((activity) -> new ListedPage(under() + "/" + activity.slug(), activity.title().in(locale),
					activity.updatedAt()))
			.toList();
	}

}
