package co.gov.mineducacion.cooperation.site;

import java.util.List;

/**
 * A group of public pages as the menus and the site map group them.
 *
 * @param name the section's short name: its heading is the message
 * {@code nav.section.<name>}
 * @param pages its pages, in the order they are shown
 */
public record SiteSection(String name, List<SitePage> pages) {

	public String labelKey() {
		return "nav.section." + this.name;
	}

}
