package co.gov.mineducacion.cooperation.shared.web;

import java.util.List;

/**
 * Public pages, declared as a bean by the feature that serves them, made of reference
 * data and published content: {@link PublicPageCache} keeps them for visitors without a
 * session, until the feature publishes a change. Revalidated pages carry, for visitors
 * without a session, an {@code ETag} and {@code Cache-Control: no-cache} instead of
 * {@code no-store} (see {@link RevalidatedPagesConfiguration}); every other page stays
 * {@code no-store}.
 *
 * @param paths the pages: a path, or a path ending in {@code /*} for the pages one level
 * below it
 * @param revalidated whether browsers and proxies may keep the pages if they ask each
 * time
 */
public record PublicPages(List<String> paths, boolean revalidated) {

	public PublicPages {
		paths = List.copyOf(paths);
	}

	/**
	 * Pages kept by the portal and revalidated by browsers and proxies.
	 */
	public static PublicPages revalidated(String... paths) {
		return new PublicPages(List.of(paths), true);
	}

	/**
	 * Pages kept by the portal only.
	 */
	public static PublicPages cached(String... paths) {
		return new PublicPages(List.of(paths), false);
	}

}
