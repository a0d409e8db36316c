package co.gov.mineducacion.cooperation.contact;

import java.util.List;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published channels in both languages, read once and kept in the {@value #CACHE}
 * cache until an ADMIN changes a channel (see {@link ContactAdminService}) or the cache's
 * time-to-live passes. Every page's footer reads them.
 */
@Component
class PublishedChannels {

	static final String CACHE = "contact-channels";

	private final ContactChannelRepository channels;

	PublishedChannels(ContactChannelRepository channels) {
		this.channels = channels;
	}

	@Cacheable(cacheNames = CACHE, key = "'published'", sync = true)
	@Transactional(readOnly = true)
	public List<Published> all() {
		return this.channels.findByRetiredFalseOrderByPosition()
			.stream()
			.map((c) -> new Published(c.code(), c.unit(), c.kind(), c.label(), c.value(), c.href()))
			.toList();
	}

	/**
	 * A published channel in both languages; immutable, so the cache can share it.
	 */
	record Published(String code, ContactUnit unit, ChannelKind kind, Bilingual label, String value, String href) {

	}

}
