package co.gov.mineducacion.cooperation.publication;

import co.gov.mineducacion.cooperation.shared.StaleEditException;
import java.time.Clock;
import java.util.List;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.shared.ReferenceDataChanged;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's identity settings: read by every public page's footer (kept in the
 * {@value #CACHE} cache) and changed by ADMINs. A change checks the version the editor
 * saw, names the items it changed in the audit log in the same transaction, and empties
 * the caches of settings and rendered pages once it commits.
 */
@Service
public class OfficeIdentityService {

	static final String CACHE = "office-identity";

	private final OfficeIdentityRepository identities;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OfficeIdentityService(OfficeIdentityRepository identities, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.identities = identities;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The settings as they stand; items not filled in are {@code null}.
	 */
	@Cacheable(cacheNames = CACHE, key = "'current'", sync = true)
	@Transactional(readOnly = true)
	public IdentitySettings settings() {
		return identity().settings();
	}

	@Transactional(readOnly = true)
	IdentityEdit edit() {
		OfficeIdentity identity = identity();
		return new IdentityEdit(identity.settings(), identity.version());
	}

	/**
	 * Stores what an ADMIN wrote, refusing a change made on an older version.
	 */
	@Transactional
	void change(IdentitySettings settings, long seenVersion, String by) {
		OfficeIdentity identity = identity();
		StaleEditException.check("Office identity", identity.version(), seenVersion);
		IdentitySettings before = identity.settings();
		if (identity.change(settings, by, this.clock.instant())) {
			List<String> changed = settings.changedFrom(before);
			this.audit.record("publication.identity.changed", "office-identity", String.join(", ", changed));
		}
		this.events.publishEvent(new ReferenceDataChanged(CACHE));
	}

	private OfficeIdentity identity() {
		return this.identities.findById(OfficeIdentity.THE_ONE).orElseThrow();
	}

	/**
	 * The settings and the version an editor saw.
	 */
	record IdentityEdit(IdentitySettings settings, long version) {
	}

}
