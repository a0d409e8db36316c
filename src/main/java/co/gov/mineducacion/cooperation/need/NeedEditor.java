package co.gov.mineducacion.cooperation.need;

import java.time.Clock;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.shared.PublicContentChanged;
import co.gov.mineducacion.cooperation.shared.StaleEditException;
import co.gov.mineducacion.cooperation.shared.text.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's changes to needs, each recorded in the audit log and announced to the
 * public pages ({@link PublicContentChanged}): publish and revise (closing a need is a
 * revision of its status). A revision checks the version the staff member saw.
 */
@Service
@Transactional
class NeedEditor {

	private final NeedRepository needs;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	NeedEditor(NeedRepository needs, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.needs = needs;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Publishes the need and returns its slug, made from the Spanish title.
	 */
	String publish(NeedDraft draft) {
		Need need = this.needs.save(Need.publish(freeSlug(draft.title().es()), draft, this.clock.instant()));
		changed("need.published", need.slug(), need.status().name());
		return need.slug();
	}

	void revise(String slug, Long seenVersion, NeedDraft draft) {
		Need need = this.needs.findBySlug(slug).orElseThrow(() -> new NeedNotFoundException(slug));
		StaleEditException.check("Need " + slug, need.version(), seenVersion);
		need.revise(draft, this.clock.instant());
		changed("need.updated", slug, need.status().name());
	}

	/**
	 * Records a change in the audit log and tells the public pages of it: they show it
	 * once the change commits.
	 */
	private void changed(String action, String slug, String detail) {
		this.audit.record(action, slug, detail);
		this.events.publishEvent(new PublicContentChanged("need " + slug));
	}

	private String freeSlug(String title) {
		String base = Slugs.of(title, "need");
		String slug = base;
		for (int n = 2; this.needs.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
