package co.gov.mineducacion.cooperation.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.shared.web.ControlCharacters;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's staff accounts: who they are, and the sign-in lockout.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final StaffInvitations invitations;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	// Six collaborators, one over the house limit: the reset must clear the second factor
	// and say so in the audit log in the same transaction.
	StaffService(StaffAccountRepository accounts, PasswordEncoder passwords, Clock clock, StaffInvitations invitations,
			PasswordPolicy policy, AuditLog audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.invitations = invitations;
		this.policy = policy;
		this.audit = audit;
	}

	List<AccountSummary> accounts() {
		return this.accounts.findAllByOrderByDisplayName()
			.stream()
			.map((a) -> new AccountSummary(a.id(), a.email(), a.displayName(), a.role(), a.isActive(),
					a.isLocked(this.clock.instant()), a.passwordHash() != null))
			.toList();
	}

	/**
	 * A new account without a password, and an email with a one-time link to set it.
	 * Empty when the email already has an account.
	 */
	@Transactional
	Optional<StaffMember> invite(String email, String displayName, StaffRole role) {
		if (this.accounts.findByEmail(normalize(email)).isPresent()) {
			return Optional.empty();
		}
		StaffAccount account = this.accounts
			.save(new StaffAccount(email, displayName, role, null, this.clock.instant()));
		this.invitations.send(account);
		return Optional.of(member(account));
	}

	@Transactional
	void deactivate(Long id) {
		account(id).deactivate();
	}

	@Transactional
	void reactivate(Long id) {
		account(id).reactivate();
	}

	/**
	 * Removes the password (it no longer signs in) and the authenticator app, and emails
	 * a one-time link to set a new password; the person enrols an app again.
	 */
	@Transactional
	void resetPassword(Long id) {
		StaffAccount account = account(id);
		if (account.resetCredentials()) {
			this.audit.record("staff.totp.disabled", account.email(), "reset by an administrator");
		}
		this.invitations.send(account);
	}

	/**
	 * The account a set-password link is for, when the link is genuine, unexpired and
	 * unused.
	 */
	Optional<StaffMember> invitedBy(String token) {
		return invitedAccount(token).map(StaffService::member);
	}

	/**
	 * Sets the password of the link's account; returns the message code of what is wrong
	 * with it, if anything.
	 */
	@Transactional
	Optional<String> setPassword(String token, String password) {
		StaffAccount account = invitedAccount(token).orElseThrow(InvitationNotFoundException::new);
		Optional<String> problem = this.policy.problem(password, account.email(), account.displayName());
		if (problem.isEmpty()) {
			account.setPassword(this.passwords.encode(password));
		}
		return problem;
	}

	private Optional<StaffAccount> invitedAccount(String token) {
		return this.invitations.read(token)
			.flatMap((link) -> this.accounts.findById(link[0]).filter((a) -> a.credentialStamp() == link[1]))
			.filter(StaffAccount::isActive);
	}

	private StaffAccount account(Long id) {
		return this.accounts.findById(id).orElseThrow(InvitationNotFoundException::new);
	}

	public Optional<StaffMember> byEmail(String email) {
		return this.accounts.findByEmail(normalize(email)).map(StaffService::member);
	}

	public Optional<StaffMember> byId(Long id) {
		return this.accounts.findById(id).map(StaffService::member);
	}

	/**
	 * Every active staff member, by name, for assignment lists.
	 */
	public List<StaffMember> activeMembers() {
		return this.accounts.findByActiveTrueOrderByDisplayName().stream().map(StaffService::member).toList();
	}

	@Transactional
	StaffMember create(String email, String displayName, StaffRole role, String rawPassword) {
		StaffAccount account = new StaffAccount(email, displayName, role, this.passwords.encode(rawPassword),
				this.clock.instant());
		return member(this.accounts.save(account));
	}

	boolean anyAccountExists() {
		return this.accounts.count() > 0;
	}

	@Transactional
	void recordFailedSignIn(String email) {
		this.accounts.findByEmail(normalize(email)).ifPresent((account) -> account.signInFailed(this.clock.instant()));
	}

	@Transactional
	void recordSignIn(String email, Locale language) {
		this.accounts.findByEmail(normalize(email)).ifPresent((account) -> {
			account.passwordAccepted();
			if (language != null) {
				account.speaks(language);
			}
		});
	}

	/**
	 * The address as accounts keep it; one with a control character (typed at sign-in)
	 * names no account, and PostgreSQL would refuse its NUL.
	 */
	private static String normalize(String email) {
		return (email == null || ControlCharacters.present(email)) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private static StaffMember member(StaffAccount account) {
		return new StaffMember(account.id(), account.email(), account.displayName(), account.role(),
				account.language());
	}

}
