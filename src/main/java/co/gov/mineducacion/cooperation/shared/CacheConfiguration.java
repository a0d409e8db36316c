package co.gov.mineducacion.cooperation.shared;

import com.github.benmanes.caffeine.cache.Caffeine;

import co.gov.mineducacion.cooperation.shared.web.PublicPageCache;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In-memory caches for reference data every public page reads (the catalogue, the contact
 * channels). Features cache immutable view records only, never JPA entities, and evict
 * their cache on every change an ADMIN makes. The rendered public pages
 * ({@link PublicPageCache}) are emptied with them, and when staff change an activity or a
 * need or an offer moves into or out of Accepted.
 * <p>
 * Each instance of the portal has its own caches. Two rules keep them fresh when several
 * instances run behind a load balancer: the instance that makes a change empties its
 * cache once the change commits (the manager is transaction-aware, so a page read after
 * the eviction finds the new rows), and every entry expires after
 * {@code portal.cache.time-to-live} (60 seconds by default), so the other instances show
 * the change within that time without any messaging between them. The expiry also bounds
 * the rare read that loaded the old rows just before the commit and stored them just
 * after the eviction. A minute of delay on reference data edited a few times a month is
 * the accepted trade-off; a shared cache or a database notification would remove it at
 * the cost of another moving part.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	/**
	 * Most cached values are one snapshot per cache; the bound only guards against a
	 * mistake that would key a cache by user input.
	 */
	static final long MAXIMUM_ENTRIES_PER_CACHE = 100;

	/**
	 * The rendered public pages, each variant (language, filters, display) about 10 to
	 * 100 KB with its compressed copy: some hundreds of them within the heap's budget.
	 */
	static final long PAGE_CACHE_BYTES = 24L * 1024 * 1024;

	@Bean
	CacheManager cacheManager(PortalProperties properties) {
		CaffeineCacheManager caffeine = new CaffeineCacheManager();
		caffeine.setCaffeine(Caffeine.newBuilder()
			.expireAfterWrite(properties.cache().timeToLive())
			.maximumSize(MAXIMUM_ENTRIES_PER_CACHE));
		caffeine.setAllowNullValues(false);
		// Pages keyed by their query: bounded by the bytes they hold, not their number.
		caffeine.registerCustomCache(PublicPageCache.CACHE,
				Caffeine.newBuilder()
					.expireAfterWrite(properties.cache().timeToLive())
					.maximumWeight(PAGE_CACHE_BYTES)
					.weigher((Object key, Object page) -> PublicPageCache.weightOf(page))
					.build());
		return new TransactionAwareCacheManagerProxy(caffeine);
	}

}
