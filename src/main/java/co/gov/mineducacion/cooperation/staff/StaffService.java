package co.gov.mineducacion.cooperation.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

	StaffService(StaffAccountRepository accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
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
	void recordSignIn(String email) {
		this.accounts.findByEmail(normalize(email)).ifPresent(StaffAccount::signedIn);
	}

	private static String normalize(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private static StaffMember member(StaffAccount account) {
		return new StaffMember(account.id(), account.email(), account.displayName(), account.role());
	}

}
