package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.shared.PublicContentChanged;
import co.gov.mineducacion.cooperation.shared.ReferenceDataChanged;
import co.gov.mineducacion.cooperation.shared.security.FormCsrfTokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.cache.Cache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The public pages made of reference data and published content (home, the catalogue, the
 * guides, the contact page, the activities, the needs, the map) are the same for every
 * visitor without a session who reads them on the same day in Bogotá, in the same
 * language, over the same scheme, with the same display preferences (contrast, text
 * size). The first such visit renders the page; later ones get the bytes and headers that
 * were sent then, without the session store, Spring Security, Spring MVC or Thymeleaf,
 * and a 304 when the browser already holds the page's {@code ETag}.
 * <p>
 * The features declare their pages as {@link PublicPages} beans. The pages live in the
 * cache {@link #CACHE} of the transaction-aware cache manager: a
 * {@link ReferenceDataChanged} event empties the feature's cache, then this one, and a
 * {@link PublicContentChanged} event (an activity, a need, an accepted offer) this one,
 * once the change commits; the entries expire after {@code portal.cache.time-to-live},
 * like the data they were made from, and the cache holds a bounded number of bytes. A
 * page is kept for the day it was rendered on only (see {@link #keyOf}). A query
 * (filters, a search, the language link) makes a page of its own, and the preference
 * cookie a query sets is sent again with the kept page. A public form (the offer form,
 * the status look-up) is kept with the places that show the visitor's tokens left open,
 * and each visitor is given tokens of their own ({@link KeptForm}). Nothing else goes
 * through it: a visitor with a session (staff, a cooperator in the middle of the form),
 * any method but GET, and any answer but a 200 that sets no other cookie. The kept bytes
 * of a page that is the same for everyone are compressed once, for the browsers that
 * accept gzip.
 */
@Component
public class PublicPageCache extends OncePerRequestFilter implements Ordered {

	/**
	 * The cache of rendered pages, emptied with the reference data they show.
	 */
	public static final String CACHE = "public-pages";

	/**
	 * After the outage and static-resource filters, before the session repository filter
	 * ({@code Integer.MIN_VALUE + 50}) would look a session up.
	 */
	static final int ORDER = SessionlessStaticResourcesFilter.ORDER + 1;

	private static final Set<String> NOT_REPLAYED = Set.of("date", "content-length", "transfer-encoding",
			"content-type", "content-language", "content-encoding");

	private static final Set<String> FORM_VALIDATORS = Set.of("etag", "last-modified");

	/**
	 * The cookies a page may set and still be kept: the preferences a query chooses
	 * ({@code ?lang=en}, {@code ?contrast=on}), the same for everyone who asks with that
	 * query and those cookies, both of which the key holds.
	 */
	private static final Set<String> PREFERENCE_COOKIES = Set.of(SupportedLocaleResolver.COOKIE,
			DisplayPreferences.CONTRAST_COOKIE, DisplayPreferences.TEXT_SIZE_COOKIE);

	/**
	 * Longer queries are rendered each time: nobody types them, and they would crowd the
	 * cache.
	 */
	static final int LONGEST_QUERY = 200;

	private final CacheManager caches;

	private final LocaleResolver locales;

	private final List<PathPattern> pages;

	private final Clock clock;

	private final FormCsrfTokens csrfTokens;

	PublicPageCache(CacheManager caches, LocaleResolver locales, ObjectProvider<PublicPages> pages, Clock clock,
			FormCsrfTokens csrfTokens) {
		this.caches = caches;
		this.csrfTokens = csrfTokens;
		this.locales = locales;
		this.clock = clock;
		this.pages = pages.orderedStream()
			.flatMap((declared) -> declared.paths().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	/**
	 * Empties the feature's cache, then the pages made from it: in the other order a page
	 * rendered between the two would be kept with the old data. Both wait for the commit.
	 */
	@EventListener
	void evict(ReferenceDataChanged change) {
		clear(change.cache());
		clear(CACHE);
	}

	/**
	 * Empties the pages once the change to an activity, a need or an accepted offer
	 * commits: every kept page may show it (a count, a list, the map).
	 */
	@EventListener
	void evict(PublicContentChanged change) {
		this.logger.debug("Public pages emptied after a change: " + change.what());
		clear(CACHE);
	}

	private void clear(String name) {
		Cache cache = this.caches.getCache(name);
		if (cache != null) {
			cache.clear();
		}
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String query = request.getQueryString();
		if (!"GET".equals(request.getMethod()) || (query != null && query.length() > LONGEST_QUERY)
				|| WebUtils.getCookie(request, "SESSION") != null) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		return this.pages.stream().noneMatch((page) -> page.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Cache pages = this.caches.getCache(CACHE);
		String key = keyOf(request);
		KeptPage cached = (pages != null) ? pages.get(key, KeptPage.class) : null;
		if (cached != null) {
			cached.replay(request, response);
			return;
		}
		CopyingResponse copying = new CopyingResponse(response);
		chain.doFilter(request, copying);
		copying.flushBuffer();
		if (pages != null && copying.getStatus() == HttpServletResponse.SC_OK && !isPersonal(response)
				&& copying.copied() != null) {
			KeptPage page = keep(request, response, copying.copied());
			if (page != null) {
				pages.put(key, page);
			}
		}
	}

	/**
	 * The page as it is kept: the same bytes for everyone, or a form with the places that
	 * show this visitor's tokens left open; {@code null} when it may not be kept (it sets
	 * a cookie that is this visitor's, or shows a token that cannot be cut out).
	 */
	private KeptPage keep(HttpServletRequest request, HttpServletResponse response, byte[] body) {
		String csrfToken = FormCsrfTokens.shownOn(request);
		String formToken = FormTokens.issuedFor(request);
		for (String cookie : response.getHeaders(HttpHeaders.SET_COOKIE)) {
			boolean tokenCookie = csrfToken != null && FormCsrfTokens.setsTokenCookie(cookie);
			if (!tokenCookie && !setsPreference(cookie)) {
				return null;
			}
		}
		if (csrfToken == null && formToken == null) {
			return RenderedPage.of(response.getContentType(), response.getLocale(), headersOf(response, false), body);
		}
		return KeptForm.of(response.getContentType(), response.getLocale(), headersOf(response, true), body, csrfToken,
				formToken, this.csrfTokens);
	}

	/**
	 * Whether the page was written for this visitor alone (a signed-in person's page is
	 * {@code no-store}): such a page is never replayed to anyone else.
	 */
	private static boolean isPersonal(HttpServletResponse response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.contains("no-store");
	}

	/**
	 * What changes the answer for a visitor without a session: the day in Bogotá, the
	 * page, its query (filters, a search, the language link) in a normal order, the
	 * language, the display preferences (the page's {@code <html>} class), and the
	 * scheme, since over https the security headers tell browsers to stay on https
	 * ({@code Strict-Transport-Security}) and over plain http they must not.
	 * <p>
	 * The day is Bogotá's, read from the portal's clock, because pages are computed for
	 * it: an activity is under way or finished, and the map shades what is under way,
	 * {@code statusOn(today)}. At midnight in Bogotá the key changes, so no page rendered
	 * the day before is ever sent again; the old entries are not looked up any more and
	 * expire. The key was chosen over emptying the cache at midnight: no scheduled job to
	 * run on every instance, no page rendered at 23:59:59 and stored just after the
	 * eviction, and it holds whatever {@code portal.cache.time-to-live} is (the expiry
	 * follows the JVM's ticker, not the portal's clock). It costs one rendering per page
	 * and variant a day, and it applies to every kept page, which is simpler than
	 * declaring which pages depend on the date.
	 */
	private String keyOf(HttpServletRequest request) {
		return LocalDate.ofInstant(this.clock.instant(), Colombia.TIME_ZONE) + " "
				+ (request.isSecure() ? "https " : "http ") + request.getRequestURI() + "?"
				+ NormalisedQuery.of(request.getParameterMap()) + " "
				+ this.locales.resolveLocale(request).toLanguageTag() + " " + DisplayPreferences.of(request).cacheKey();
	}

	/**
	 * The weight of a kept page for the cache's bound: its bytes.
	 */
	public static int weightOf(Object value) {
		return (value instanceof KeptPage page) ? page.weight() : 1;
	}

	private static boolean setsPreference(String cookie) {
		int equals = cookie.indexOf('=');
		return equals > 0 && PREFERENCE_COOKIES.contains(cookie.substring(0, equals).strip());
	}

	/**
	 * What the page's answer varies with (its language and cookies), but the encoding: a
	 * replay says that itself, whichever encoding the first visitor was sent.
	 */
	private static List<String> varyBesidesEncoding(List<String> values) {
		return values.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter((field) -> !field.isEmpty() && !field.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING))
			.distinct()
			.collect(Collectors.toCollection(ArrayList::new));
	}

	/**
	 * The headers sent again with the page; a form's leave out the visitor's token cookie
	 * (each visitor is given their own) and the validators (each visitor's bytes differ).
	 */
	private static Map<String, List<String>> headersOf(HttpServletResponse response, boolean form) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			String lowerCase = name.toLowerCase(Locale.ROOT);
			if (NOT_REPLAYED.contains(lowerCase) || (form && FORM_VALIDATORS.contains(lowerCase))) {
				continue;
			}
			List<String> values = new ArrayList<>(response.getHeaders(name));
			if (form && lowerCase.equals("set-cookie")) {
				values.removeIf(FormCsrfTokens::setsTokenCookie);
			}
			if (lowerCase.equals("vary")) {
				values = varyBesidesEncoding(values);
			}
			if (!values.isEmpty()) {
				headers.put(name, List.copyOf(values));
			}
		}
		return Map.copyOf(headers);
	}

}
