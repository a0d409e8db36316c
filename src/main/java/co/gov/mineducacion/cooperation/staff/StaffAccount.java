package co.gov.mineducacion.cooperation.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import co.gov.mineducacion.cooperation.shared.text.Languages;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A staff member's account. After {@link #MAX_FAILED_SIGN_INS} failed sign-ins in a row
 * (wrong passwords and wrong codes alike) it waits {@link #LOCKOUT}. With an
 * authenticator app enrolled, a sign-in is complete only after a code; ADMINs cannot turn
 * the app off.
 */
@Entity
@Table(name = "staff_account")
class StaffAccount {

	static final int MAX_FAILED_SIGN_INS = 5;

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private StaffRole role;

	private boolean active;

	private int failedSignIns;

	private Instant lockedUntil;

	private Instant createdAt;

	private int credentialStamp;

	private byte[] totpSecret;

	private Instant totpEnabledAt;

	private long totpLastStep;

	private String language = "es";

	@ElementCollection
	@CollectionTable(name = "staff_recovery_code", joinColumns = @JoinColumn(name = "staff_account_id"))
	@Column(name = "code_hash")
	private Set<String> recoveryCodeHashes = new HashSet<>();

	@Version
	private long version;

	protected StaffAccount() {
	}

	StaffAccount(String email, String displayName, StaffRole role, String passwordHash, Instant now) {
		this.email = email.strip().toLowerCase(Locale.ROOT);
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.active = true;
		this.createdAt = now;
	}

	void setPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.credentialStamp++;
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	/**
	 * Removes the password and the authenticator app, so that the person sets a new
	 * password and enrols again. Says whether an app was enrolled.
	 */
	boolean resetCredentials() {
		boolean hadTotp = isTotpEnabled();
		this.passwordHash = null;
		this.credentialStamp++;
		clearTotp();
		return hadTotp;
	}

	/**
	 * Remembers the language the person works in (Spanish or English), for the email the
	 * portal sends them.
	 */
	void speaks(Locale language) {
		this.language = Languages.closestTo(language).getLanguage();
	}

	Locale language() {
		return Locale.forLanguageTag(this.language);
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	/**
	 * Takes the role the Ministry's directory gives the person at a directory sign-in.
	 */
	void takeRole(StaffRole role) {
		this.role = role;
	}

	int credentialStamp() {
		return this.credentialStamp;
	}

	boolean isLockedNow(Instant now) {
		return isLocked(now);
	}

	void signInFailed(Instant now) {
		this.failedSignIns++;
		if (this.failedSignIns >= MAX_FAILED_SIGN_INS) {
			this.lockedUntil = now.plus(LOCKOUT);
			this.failedSignIns = 0;
		}
	}

	void signedIn() {
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	/**
	 * The password was right. Failures are forgotten only when the sign-in is complete:
	 * with an app enrolled, after the code.
	 */
	void passwordAccepted() {
		if (!isTotpEnabled()) {
			signedIn();
		}
	}

	/**
	 * Starts (or starts over) enrolling an app with a new secret, which a code from the
	 * app must confirm.
	 */
	void beginTotpSetup(byte[] sealedSecret) {
		if (isTotpEnabled()) {
			throw new IllegalStateException("An authenticator app is already enrolled");
		}
		this.totpSecret = sealedSecret;
	}

	void enableTotp(long confirmedStep, Set<String> recoveryCodeHashes, Instant now) {
		if (this.totpSecret == null || isTotpEnabled()) {
			throw new IllegalStateException("No authenticator app set-up to confirm");
		}
		this.totpEnabledAt = now;
		this.totpLastStep = confirmedStep;
		replaceRecoveryCodes(recoveryCodeHashes);
	}

	/**
	 * Accepts a code's time step once: a step at or before the last accepted one is a
	 * replay.
	 */
	boolean acceptTotpStep(long step) {
		if (!isTotpEnabled() || step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	void replaceRecoveryCodes(Set<String> hashes) {
		this.recoveryCodeHashes.clear();
		this.recoveryCodeHashes.addAll(hashes);
	}

	/**
	 * Uses up the recovery code whose hash {@code matches}; false when none does.
	 */
	boolean useRecoveryCode(Predicate<String> matches) {
		return isTotpEnabled() && this.recoveryCodeHashes.stream()
			.filter(matches)
			.findFirst()
			.map(this.recoveryCodeHashes::remove)
			.orElse(false);
	}

	void disableTotp() {
		if (this.role == StaffRole.ADMIN) {
			throw new IllegalStateException("ADMIN accounts keep their authenticator app");
		}
		clearTotp();
	}

	private void clearTotp() {
		this.totpSecret = null;
		this.totpEnabledAt = null;
		this.totpLastStep = 0;
		this.recoveryCodeHashes.clear();
	}

	boolean isTotpEnabled() {
		return this.totpEnabledAt != null;
	}

	boolean isTotpSetupPending() {
		return this.totpSecret != null && this.totpEnabledAt == null;
	}

	byte[] totpSecret() {
		return this.totpSecret;
	}

	long totpLastStep() {
		return this.totpLastStep;
	}

	Instant totpEnabledAt() {
		return this.totpEnabledAt;
	}

	int recoveryCodesLeft() {
		return this.recoveryCodeHashes.size();
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	Long id() {
		return this.id;
	}

	String email() {
		return this.email;
	}

	String displayName() {
		return this.displayName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	StaffRole role() {
		return this.role;
	}

	boolean isActive() {
		return this.active;
	}

}
