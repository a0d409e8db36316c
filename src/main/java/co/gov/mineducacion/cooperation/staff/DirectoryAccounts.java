package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.shared.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import co.gov.mineducacion.cooperation.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts for sign-ins through the Ministry's directory: finds the account by the
 * verified email, creates it at the first sign-in when an ADMIN allowed the email's
 * domain, keeps its role in step with the directory's roles claim, and refuses
 * deactivated and locked accounts. Every answer goes to the audit log.
 */
@Service
@Transactional
class DirectoryAccounts {

	static final String UNKNOWN = "unknown";

	private static final int MAX_NAME = 150;

	private final StaffAccountRepository accounts;

	private final DirectorySettingRepository settings;

	private final AuditLog audit;

	private final Clock clock;

	DirectoryAccounts(StaffAccountRepository accounts, DirectorySettingRepository settings, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	DirectoryOutcome signIn(DirectoryClaims claims) {
		if (claims.email() == null || !claims.emailVerified()) {
			return refuse((claims.email() != null) ? claims.email() : UNKNOWN, DirectoryRefusal.EMAIL_NOT_VERIFIED);
		}
		String email = claims.email();
		if (claims.role().isEmpty()) {
			return refuse(email, DirectoryRefusal.NO_ROLE);
		}
		StaffRole role = claims.role().get();
		Instant now = this.clock.instant();
		Optional<StaffAccount> existing = this.accounts.findByEmail(email);
		if (existing.isEmpty() && !setting().allowsAccountFor(email)) {
			return refuse(email, DirectoryRefusal.DOMAIN_NOT_ALLOWED);
		}
		StaffAccount account = existing.orElseGet(() -> created(claims, role, now));
		if (!account.isActive()) {
			return refuse(email, DirectoryRefusal.DEACTIVATED);
		}
		if (account.isLocked(now)) {
			return refuse(email, DirectoryRefusal.LOCKED);
		}
		if (account.role() != role) {
			this.audit.recordAs(email, "staff.directory.role-changed", email, account.role() + " → " + role);
			account.takeRole(role);
		}
		this.audit.recordAs(email, "staff.directory.signed-in", null,
				role + (claims.multiFactor() ? ", second factor from the directory" : ""));
		return DirectoryOutcome.accepted(email, role, account.secondFactor().isEnabled());
	}

	@Transactional(readOnly = true)
	AllowedDomains allowedDomains() {
		DirectorySetting setting = setting();
		return new AllowedDomains(setting.allowedDomains(), setting.version());
	}

	/**
	 * Replaces the allowed domains, refusing a change made on an older version of them.
	 */
	void allowDomains(Collection<String> domains, long seenVersion, String by) {
		DirectorySetting setting = setting();
		StaleEditException.check("Allowed domains", setting.version(), seenVersion);
		String before = String.join(", ", setting.allowedDomains());
		setting.allow(domains, by, this.clock.instant());
		this.audit.record("staff.directory.domains-changed", "directory",
				before + " → " + String.join(", ", setting.allowedDomains()));
	}

	private StaffAccount created(DirectoryClaims claims, StaffRole role, Instant now) {
		String name = (claims.name().length() > MAX_NAME) ? claims.name().substring(0, MAX_NAME) : claims.name();
		StaffAccount account = this.accounts.save(new StaffAccount(claims.email(), name, role, null, now));
		this.audit.recordAs(claims.email(), "staff.directory.account-created", claims.email(), role.name());
		return account;
	}

	private DirectoryOutcome refuse(String actor, DirectoryRefusal refusal) {
		this.audit.recordAs(actor, "staff.directory.refused", null, refusal.name());
		return DirectoryOutcome.refused(refusal);
	}

	private DirectorySetting setting() {
		return this.settings.findById(DirectorySetting.THE_ONE).orElseThrow();
	}

}
