package co.gov.mineducacion.cooperation.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.publication.LegalTexts;
import co.gov.mineducacion.cooperation.site.PrivacyNotice;
import co.gov.mineducacion.cooperation.site.SiteNavigation;
import co.gov.mineducacion.cooperation.site.SitePage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every page of the site's navigation as a search document: its name ({@code nav.<name>})
 * as the title, and its description ({@code nav.<name>.description}, the name while a
 * page has none) with the text the page takes from the message bundles as the body. The
 * pages come from {@link SiteNavigation}, so a page added there is searchable at once.
 */
@Component
class FixedPages {

	/**
	 * The messages that make up the text of the pages written in the message bundles, by
	 * the page's name in the navigation. The personal-data notice lists its own parts
	 * ({@link PrivacyNotice#text(Locale)}).
	 */
	static final Map<String, List<String>> TEXTS = Map.of("home",
			List.of("home.heading", "home.lead", "home.intro", "home.ways.projects.text", "home.ways.how.text",
					"home.ways.offer.text", "home.who.text", "home.contact.text"),
			"projects", List.of("catalog.projects.heading", "catalog.projects.lead", "catalog.projects.known"), "how",
			List.of("catalog.how.heading", "catalog.how.lead"), "who",
			List.of("catalog.who.heading", "catalog.who.lead"), "offer",
			List.of("offer.form.heading", "offer.form.lead"), "offerStatus",
			List.of("offer.status.lookup.heading", "offer.status.lookup.lead"), "activities",
			List.of("activity.list.heading", "activity.list.lead"), "territory",
			List.of("territory.heading", "territory.lead"), "openData",
			List.of("opendata.heading", "opendata.lead", "opendata.privacy"), "contact",
			List.of("contact.heading", "contact.lead"));

	/** The search page does not find itself. */
	private static final String SEARCH = "/search";

	private final SiteNavigation navigation;

	private final PrivacyNotice privacy;

	private final MessageSource messages;

	private final LegalTexts policies;

	FixedPages(SiteNavigation navigation, PrivacyNotice privacy, MessageSource messages, LegalTexts policies) {
		this.navigation = navigation;
		this.privacy = privacy;
		this.messages = messages;
		this.policies = policies;
	}

	List<SearchDocument> in(Locale locale) {
		Map<String, String> policies = this.policies.wordsByPath(locale);
		return this.navigation.pages()
			.stream()
			.filter((page) -> !page.path().equals(SEARCH))
			.map((page) -> document(page, policies.getOrDefault(page.path(), ""), locale))
			.toList();
	}

	/**
	 * A page with its name, its description, the messages of its text and, for a policy,
	 * the policy's stored words.
	 */
	private SearchDocument document(SitePage page, String storedWords, Locale locale) {
		String title = message(page.labelKey(), page.name(), locale);
		String description = message(page.descriptionKey(), title, locale);
		Stream<String> texts = TEXTS.getOrDefault(page.name(), List.of())
			.stream()
			.map((key) -> message(key, "", locale));
		if (page.path().equals("/privacy")) {
			texts = Stream.concat(texts, Stream.of(this.privacy.text(locale)));
		}
		texts = Stream.concat(texts, Stream.of(storedWords));
		String body = Stream.concat(Stream.of(description), texts).reduce((a, b) -> a + "\n" + b).orElse("");
		return new SearchDocument(SearchKind.PAGE, page.path(), title, body);
	}

	private String message(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

}
