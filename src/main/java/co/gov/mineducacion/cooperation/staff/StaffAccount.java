package co.gov.mineducacion.cooperation.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.text.Languages;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

	@Embedded
	private SecondFactor secondFactor = new SecondFactor();

	private String language = "es";

	private boolean languageChosen;

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
		boolean hadTotp = this.secondFactor.isEnabled();
		this.passwordHash = null;
		this.credentialStamp++;
		this.secondFactor.clear();
		return hadTotp;
	}

	/**
	 * Remembers the language the person works in (Spanish or English), for the email the
	 * portal sends them, unless they chose one on their account page.
	 */
	void speaks(Locale language) {
		if (!this.languageChosen) {
			this.language = Languages.closestTo(language).getLanguage();
		}
	}

	/**
	 * The language the person chose for their email on their account page: signing in in
	 * another one no longer changes it.
	 */
	void choosesLanguage(Locale language) {
		this.language = Languages.closestTo(language).getLanguage();
		this.languageChosen = true;
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
		if (!this.secondFactor.isEnabled()) {
			signedIn();
		}
	}

	/**
	 * The authenticator app, enrolled or being set up.
	 */
	SecondFactor secondFactor() {
		return this.secondFactor;
	}

	void disableTotp() {
		if (this.role == StaffRole.ADMIN) {
			throw new IllegalStateException("ADMIN accounts keep their authenticator app");
		}
		this.secondFactor.clear();
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
