package co.gov.mineducacion.cooperation.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

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
 * it waits {@link #LOCKOUT}.
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

	void clearPassword() {
		this.passwordHash = null;
		this.credentialStamp++;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
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
