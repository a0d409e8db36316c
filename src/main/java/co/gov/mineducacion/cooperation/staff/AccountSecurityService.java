package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.staff.AccountSecurity.TotpSetup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second sign-in factor of each staff member: enrolling an authenticator app,
 * recovery codes, turning it off (STAFF only), and checking the code that completes a
 * sign-in. Wrong codes count toward the same lockout as wrong passwords.
 */
@Service
@Transactional
class AccountSecurityService {

	static final String ISSUER = "Cooperación MinEducación";

	private final StaffAccountRepository accounts;

	private final TotpAuthenticator authenticator;

	private final AuditLog audit;

	private final Clock clock;

	AccountSecurityService(StaffAccountRepository accounts, TotpAuthenticator authenticator, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.authenticator = authenticator;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	AccountSecurity status(String email) {
		StaffAccount account = account(email);
		TotpSetup setup = account.secondFactor().isSetupPending() ? setup(account) : null;
		return new AccountSecurity(account.secondFactor().isEnabled(),
				account.secondFactor().isEnabled()
						? account.secondFactor().enabledAt().atZone(Colombia.TIME_ZONE).toLocalDate() : null,
				account.secondFactor().recoveryCodesLeft(), account.role() == StaffRole.ADMIN, setup);
	}

	/**
	 * Starts enrolling an app with a new secret (a set-up left halfway starts over).
	 */
	void beginSetup(String email) {
		StaffAccount account = account(email);
		if (!account.secondFactor().isEnabled()) {
			account.secondFactor().beginSetup(this.authenticator.newSecret(account.id()));
		}
	}

	/**
	 * Switches the app on when {@code code} is a current code from it, and returns the
	 * new recovery codes (shown once); empty when the code is wrong.
	 */
	Optional<List<String>> confirmSetup(String email, String code) {
		StaffAccount account = account(email);
		if (!account.secondFactor().isSetupPending()) {
			return Optional.empty();
		}
		OptionalLong step = this.authenticator.match(account.secondFactor().secret(), account.id(), code, 0);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		List<String> codes = RecoveryCodes.generate();
		account.secondFactor().enable(step.getAsLong(), hashes(codes), this.clock.instant());
		this.audit.record("staff.totp.enabled", account.email(), null);
		return Optional.of(codes);
	}

	/**
	 * New recovery codes in place of the old ones, when {@code code} is a current code
	 * from the app; empty otherwise.
	 */
	Optional<List<String>> regenerateRecoveryCodes(String email, String code) {
		StaffAccount account = account(email);
		if (!appCodeAccepted(account, code)) {
			return Optional.empty();
		}
		List<String> codes = RecoveryCodes.generate();
		account.secondFactor().replaceRecoveryCodes(hashes(codes));
		this.audit.record("staff.recovery-codes.regenerated", account.email(), null);
		return Optional.of(codes);
	}

	/**
	 * Turns the app off for a STAFF account, when {@code code} is a current code from it.
	 * ADMINs must keep theirs.
	 */
	boolean turnOff(String email, String code) {
		StaffAccount account = account(email);
		if (account.role() == StaffRole.ADMIN || !appCodeAccepted(account, code)) {
			return false;
		}
		account.disableTotp();
		this.audit.record("staff.totp.disabled", account.email(), null);
		return true;
	}

	/**
	 * Checks the code that completes a sign-in: a code from the app, or a recovery code,
	 * which is then used up. A sign-in that began with the password needs the account to
	 * still have one; one through the Ministry's directory does not.
	 */
	SignInCode checkSignInCode(String email, String input, boolean viaDirectory) {
		StaffAccount account = account(email);
		Instant now = this.clock.instant();
		if (!account.isActive() || (account.passwordHash() == null && !viaDirectory) || account.isLocked(now)
				|| !account.secondFactor().isEnabled()) {
			return SignInCode.LOCKED;
		}
		if (TotpAuthenticator.isTotpCode(input)) {
			if (appCodeAccepted(account, input)) {
				account.signedIn();
				this.audit.recordAs(account.email(), "staff.signed-in", null, null);
				return SignInCode.ACCEPTED;
			}
			return account.isLocked(now) ? SignInCode.LOCKED : SignInCode.REJECTED;
		}
		if (account.secondFactor().useRecoveryCode((hash) -> RecoveryCodes.matches(input, hash))) {
			account.signedIn();
			this.audit.recordAs(account.email(), "staff.recovery-code.used", account.email(),
					account.secondFactor().recoveryCodesLeft() + " left");
			this.audit.recordAs(account.email(), "staff.signed-in", null, null);
			return SignInCode.RECOVERY_CODE_ACCEPTED;
		}
		failed(account, now);
		return account.isLocked(now) ? SignInCode.LOCKED : SignInCode.REJECTED;
	}

	/**
	 * Whether {@code code} is a valid, unused code from the account's app. A wrong code
	 * counts as a failed sign-in; a locked account accepts none.
	 */
	private boolean appCodeAccepted(StaffAccount account, String code) {
		Instant now = this.clock.instant();
		if (!account.secondFactor().isEnabled() || account.isLocked(now)) {
			return false;
		}
		OptionalLong step = this.authenticator.match(account.secondFactor().secret(), account.id(), code,
				account.secondFactor().lastStep());
		if (step.isPresent() && account.secondFactor().acceptStep(step.getAsLong())) {
			return true;
		}
		failed(account, now);
		return false;
	}

	private void failed(StaffAccount account, Instant now) {
		account.signInFailed(now);
		this.audit.recordAs(account.email(), "staff.totp.failed", account.email(),
				account.isLocked(now) ? "account locked" : null);
	}

	private TotpSetup setup(StaffAccount account) {
		String secret = this.authenticator.base32(account.secondFactor().secret(), account.id());
		String uri = "otpauth://totp/" + encode(ISSUER) + ":" + encode(account.email()) + "?secret=" + secret
				+ "&issuer=" + encode(ISSUER) + "&algorithm=SHA1&digits=" + TotpAuthenticator.DIGITS + "&period="
				+ TotpAuthenticator.STEP.toSeconds();
		return new TotpSetup(QrCode.svgDataUri(uri), String.join(" ", secret.split("(?<=\\G.{4})")));
	}

	private StaffAccount account(String email) {
		return this.accounts.findByEmail((email == null) ? "" : email.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(InvitationNotFoundException::new);
	}

	private static Set<String> hashes(List<String> codes) {
		return codes.stream().map(RecoveryCodes::hash).collect(Collectors.toSet());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
