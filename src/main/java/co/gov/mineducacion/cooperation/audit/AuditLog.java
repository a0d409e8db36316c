package co.gov.mineducacion.cooperation.audit;

import java.time.Clock;

import co.gov.mineducacion.cooperation.shared.web.ControlCharacters;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records staff actions. An entry joins the caller's transaction, so a change and its
 * audit line are stored together or not at all.
 * <p>
 * {@code action} is a short dotted code owned by the feature that records it (for example
 * {@code offer.assigned}, {@code catalog.project.updated}); the audit page shows it
 * through the message {@code audit.action.<code>}. {@code target} names the record (a
 * filing number, a project code, an account email); {@code details} says what changed in
 * a few words and never holds form contents, email bodies or a submitter's contact data.
 */
@Service
public class AuditLog {

	/**
	 * The actor recorded when no one is signed in (scheduled jobs, start-up).
	 */
	public static final String SYSTEM = "system";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records an action by whoever is signed in (or {@link #SYSTEM}).
	 */
	@Transactional
	public void record(String action, String target, String details) {
		recordAs(currentActor(), action, target, details);
	}

	/**
	 * Records an action by a named actor, for events outside a signed-in request (a
	 * failed sign-in names the email that was tried).
	 */
	@Transactional
	public void recordAs(String actor, String action, String target, String details) {
		// A name typed at sign-in is recorded as typed, less what PostgreSQL cannot
		// store.
		this.entries.save(new AuditEntry(this.clock.instant(), ControlCharacters.strip(actor), action,
				ControlCharacters.strip(target), ControlCharacters.strip(details)));
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) ? authentication.getName() : SYSTEM;
	}

}
