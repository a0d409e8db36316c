package co.gov.mineducacion.cooperation.staff;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;

/**
 * A staff account's authenticator app: the sealed secret (set as soon as set-up starts),
 * when a code confirmed it, the last time step accepted (a code is good once) and the
 * hashes of the unused recovery codes.
 */
@Embeddable
class SecondFactor {

	@Column(name = "totp_secret")
	private byte[] secret;

	@Column(name = "totp_enabled_at")
	private Instant enabledAt;

	@Column(name = "totp_last_step")
	private long lastStep;

	@ElementCollection
	@CollectionTable(name = "staff_recovery_code", joinColumns = @JoinColumn(name = "staff_account_id"))
	@Column(name = "code_hash")
	private Set<String> recoveryCodeHashes = new HashSet<>();

	/**
	 * Starts (or starts over) enrolling an app with a new secret, which a code from the
	 * app must confirm.
	 */
	void beginSetup(byte[] sealedSecret) {
		if (isEnabled()) {
			throw new IllegalStateException("An authenticator app is already enrolled");
		}
		this.secret = sealedSecret;
	}

	void enable(long confirmedStep, Set<String> recoveryCodeHashes, Instant now) {
		if (this.secret == null || isEnabled()) {
			throw new IllegalStateException("No authenticator app set-up to confirm");
		}
		this.enabledAt = now;
		this.lastStep = confirmedStep;
		replaceRecoveryCodes(recoveryCodeHashes);
	}

	/**
	 * Accepts a code's time step once: a step at or before the last accepted one is a
	 * replay.
	 */
	boolean acceptStep(long step) {
		if (!isEnabled() || step <= this.lastStep) {
			return false;
		}
		this.lastStep = step;
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
		return isEnabled() && this.recoveryCodeHashes.stream()
			.filter(matches)
			.findFirst()
			.map(this.recoveryCodeHashes::remove)
			.orElse(false);
	}

	void clear() {
		this.secret = null;
		this.enabledAt = null;
		this.lastStep = 0;
		this.recoveryCodeHashes.clear();
	}

	boolean isEnabled() {
		return this.enabledAt != null;
	}

	boolean isSetupPending() {
		return this.secret != null && this.enabledAt == null;
	}

	byte[] secret() {
		return this.secret;
	}

	long lastStep() {
		return this.lastStep;
	}

	Instant enabledAt() {
		return this.enabledAt;
	}

	int recoveryCodesLeft() {
		return this.recoveryCodeHashes.size();
	}

}
