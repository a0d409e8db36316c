package co.gov.mineducacion.cooperation.shared.web;

import java.util.List;

/**
 * Public pages a feature makes of reference data alone, declared as a bean by the feature
 * that serves them. {@link PublicPageCache} keeps them for visitors without a session;
 * revalidated pages also carry an {@code ETag} and {@code Cache-Control:
 * no-cache} (see {@link RevalidatedPagesConfiguration}).
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
