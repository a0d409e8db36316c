package co.gov.mineducacion.cooperation.staff;

import java.time.Clock;
import java.time.Instant;
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

	// Six collaborators, one over the house limit: setting a password through a link is
	// written to the audit log in the same transaction.
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
			this.audit.recordAs(account.email(), "staff.password-set", account.email(), null);
		}
		return problem;
	}

	/**
	 * Changes a signed-in member's password when the current one is right; what is wrong
	 * otherwise. A wrong current password counts toward the sign-in lockout, and a locked
	 * account changes nothing, so this form is no way around it.
	 */
	@Transactional
	Optional<PasswordProblem> changePassword(String email, String current, String password) {
		StaffAccount account = this.accounts.findByEmail(normalize(email))
			.orElseThrow(InvitationNotFoundException::new);
		Instant now = this.clock.instant();
		if (account.isLocked(now) || account.passwordHash() == null
				|| !this.passwords.matches(current, account.passwordHash())) {
			account.signInFailed(now);
			return Optional.of(new PasswordProblem("current", "Wrong"));
		}
		Optional<PasswordProblem> problem = this.policy.problem(password, account.email(), account.displayName())
			.map((code) -> new PasswordProblem("password", code));
		if (problem.isEmpty()) {
			account.setPassword(this.passwords.encode(password));
			this.audit.record("staff.password-changed", account.email(), null);
		}
		return problem;
	}

	private Optional<StaffAccount> invitedAccount(String token) {
		return this.invitations.read(token)
			.flatMap((link) -> this.accounts.findById(link[0]).filter((a) -> a.credentialStamp() == link[1]))
			.filter(StaffAccount::isActive);
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

	/**
	 * The language a member chose for the portal's email to them, kept over the one they
	 * sign in with.
	 */
	@Transactional
	public void chooseLanguage(Long staffId, Locale language) {
		this.accounts.findById(staffId).ifPresent((account) -> account.choosesLanguage(language));
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
	static String normalize(String email) {
		return (email == null || ControlCharacters.present(email)) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	static StaffMember member(StaffAccount account) {
		return new StaffMember(account.id(), account.email(), account.displayName(), account.role(),
				account.language());
	}

}
