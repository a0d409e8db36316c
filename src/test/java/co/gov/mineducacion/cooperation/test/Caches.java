package co.gov.mineducacion.cooperation.test;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

/**
 * Tests that change reference data behind the application's back (with SQL, to put it
 * back as it was) empty the caches afterwards, as a real change through the admin pages
 * would.
 */
public final class Caches {

	private Caches() {
	}

	public static void clearAll(CacheManager caches) {
		caches.getCacheNames().stream().map(caches::getCache).forEach(Cache::clear);
	}

}
