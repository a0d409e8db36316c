package co.gov.mineducacion.cooperation.staff;

import java.time.Clock;
import java.util.Optional;

import co.gov.mineducacion.cooperation.audit.AuditLog;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an ADMIN does to a colleague's access: invite, deactivate, reactivate, reset the
 * password. Each move is written to the audit log; deactivating or resetting also ends
 * every session the colleague has open, on every instance (the sessions live in
 * PostgreSQL), so nothing they had open keeps working.
 */
@Service
@Transactional
class StaffAccess {

	private final StaffAccountRepository accounts;

	private final StaffInvitations invitations;

	private final AuditLog audit;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final Clock clock;

	StaffAccess(StaffAccountRepository accounts, StaffInvitations invitations, AuditLog audit,
			FindByIndexNameSessionRepository<?> sessions, Clock clock) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * A new account without a password, and an email with a one-time link to set it.
	 * Empty when the email already has an account.
	 */
	Optional<StaffMember> invite(String email, String displayName, StaffRole role) {
		if (this.accounts.findByEmail(StaffService.normalize(email)).isPresent()) {
			return Optional.empty();
		}
		StaffAccount account = this.accounts
			.save(new StaffAccount(email, displayName, role, null, this.clock.instant()));
		this.invitations.send(account);
		this.audit.record("staff.invited", account.email(), role.name());
		return Optional.of(StaffService.member(account));
	}

	void deactivate(Long id) {
		StaffAccount account = account(id);
		account.deactivate();
		this.audit.record("staff.deactivated", account.email(), null);
		endSessionsOf(account);
	}

	void reactivate(Long id) {
		StaffAccount account = account(id);
		account.reactivate();
		this.audit.record("staff.reactivated", account.email(), null);
	}

	/**
	 * Removes the password (it no longer signs in) and the authenticator app, ends the
	 * person's sessions and emails a one-time link to set a new password; the person
	 * enrols an app again.
	 */
	void resetPassword(Long id) {
		StaffAccount account = account(id);
		if (account.resetCredentials()) {
			this.audit.record("staff.totp.disabled", account.email(), "reset by an administrator");
		}
		this.audit.record("staff.password-reset", account.email(), null);
		endSessionsOf(account);
		this.invitations.send(account);
	}

	private void endSessionsOf(StaffAccount account) {
		this.sessions.findByPrincipalName(account.email()).keySet().forEach(this.sessions::deleteById);
	}

	private StaffAccount account(Long id) {
		return this.accounts.findById(id).orElseThrow(InvitationNotFoundException::new);
	}

}
