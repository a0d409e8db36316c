package co.gov.mineducacion.cooperation.shared.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Pages a feature publishes one per record (a strategic project, an activity), listed
 * under one page of the public navigation in the site map and the search engines'
 * {@code sitemap.xml}. The feature that owns the records implements it, so the site map
 * lists them without depending on every feature.
 */
public interface ListedPages {

	/**
	 * The path of the navigation page they come under, e.g. {@code /activities}.
	 */
	String under();

	/**
	 * Every page, in the reader's language.
	 */
	List<ListedPage> pages(Locale locale);

	/**
	 * One page: its path, its name in the reader's language, and when its content last
	 * changed ({@code null} when unknown).
	 */
	record ListedPage(String path, String name, Instant lastModified) {
	}

}
