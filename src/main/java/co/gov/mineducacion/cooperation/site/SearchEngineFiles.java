package co.gov.mineducacion.cooperation.site;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import co.gov.mineducacion.cooperation.shared.web.ListedPages;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What search engines read: {@code /sitemap.xml}, drawn from the same {@link SiteMap} as
 * the site map for people (each page in Spanish and English, each naming the other as its
 * {@code hreflang} alternate), and {@code /robots.txt}, which points to it and keeps
 * crawlers out of the office's workspace, sign-in and private status links. Links are
 * absolute, from {@code portal.base-url}.
 */
@Controller
class SearchEngineFiles {

	/**
	 * Navigation pages not worth indexing: results of a visitor's own query.
	 */
	static final Set<String> NOT_INDEXED = Set.of("/search");

	static final List<String> DISALLOWED = List.of("/admin", "/login", "/logout", "/staff/", "/offers/status/",
			"/offers/submitted", "/search", "/actuator");

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private final SiteMap siteMap;

	private final PortalProperties portal;

	SearchEngineFiles(SiteMap siteMap, PortalProperties portal) {
		this.siteMap = siteMap;
		this.portal = portal;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
				""");
		for (SiteMap.Section section : this.siteMap.sections(Languages.SPANISH)) {
			for (SiteMap.Entry entry : section.entries()) {
				if (!NOT_INDEXED.contains(entry.page().path())) {
					url(xml, entry.page().path(), null);
				}
				entry.children().forEach((child) -> url(xml, child.path(), child));
			}
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(XML).body(xml.toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		StringBuilder text = new StringBuilder("User-agent: *\n");
		DISALLOWED.forEach((path) -> text.append("Disallow: ").append(path).append('\n'));
		text.append("\nSitemap: ").append(absolute("/sitemap.xml", null)).append('\n');
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(text.toString());
	}

	/**
	 * One {@code <url>} per language, each with both languages as alternates.
	 */
	private void url(StringBuilder xml, String path, ListedPages.ListedPage child) {
		for (var language : Languages.SUPPORTED) {
			xml.append("  <url>\n    <loc>").append(escape(absolute(path, language.getLanguage()))).append("</loc>\n");
			if (child != null && child.lastModified() != null) {
				xml.append("    <lastmod>")
					.append(DateTimeFormatter.ISO_LOCAL_DATE.format(child.lastModified().atOffset(ZoneOffset.UTC)))
					.append("</lastmod>\n");
			}
			for (var alternate : Languages.SUPPORTED) {
				xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
					.append(alternate.getLanguage())
					.append("\" href=\"")
					.append(escape(absolute(path, alternate.getLanguage())))
					.append("\"/>\n");
			}
			xml.append("  </url>\n");
		}
	}

	private String absolute(String path, String language) {
		String base = this.portal.baseUrl().toString().replaceAll("/+$", "");
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(base + path);
		if (language != null) {
			link.queryParam("lang", language);
		}
		return link.build().encode().toUriString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
