package co.gov.mineducacion.cooperation.staff;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import co.gov.mineducacion.cooperation.shared.security.SecretCipher;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import org.springframework.stereotype.Component;

/**
 * Codes from an authenticator app (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps).
 * A code is accepted for the step before, the current one and the one after, to allow for
 * a phone's clock being a little off, and only for a step later than the last one
 * accepted, so that a code cannot be replayed. Secrets are sealed with the
 * {@link SecretCipher} before they reach the database.
 */
@Component
class TotpAuthenticator {

	static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

	static final int DIGITS = 6;

	/** Steps either side of the current one that still count. */
	static final int DRIFT = 1;

	private static final int SECRET_BYTES = 20;

	private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

	// Thread-safe: each code is computed with its own copy of the MAC.
	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP,
			DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

	private final SecretCipher cipher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TotpAuthenticator(SecretCipher cipher, Clock clock) {
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * A new random secret for the account, sealed.
	 */
	byte[] newSecret(Long accountId) {
		byte[] secret = new byte[SECRET_BYTES];
		this.random.nextBytes(secret);
		return this.cipher.seal(secret, context(accountId));
	}

	/**
	 * The secret in Base32, as authenticator apps take it; empty when it cannot be
	 * opened.
	 */
	String base32(byte[] sealedSecret, Long accountId) {
		return this.cipher.open(sealedSecret, context(accountId))
			.map((secret) -> new Base32().encodeToString(secret).replace("=", ""))
			.orElse("");
	}

	/**
	 * The time step of {@code code} when it is valid now and later than
	 * {@code lastUsedStep}; empty otherwise.
	 */
	OptionalLong match(byte[] sealedSecret, Long accountId, String code, long lastUsedStep) {
		if (!isTotpCode(code)) {
			return OptionalLong.empty();
		}
		return this.cipher.open(sealedSecret, context(accountId))
			.map((secret) -> matchingStep(secret, code, lastUsedStep, this.clock.instant()))
			.orElse(OptionalLong.empty());
	}

	/**
	 * The step, within {@link #DRIFT} of {@code now} and after {@code lastUsedStep},
	 * whose code for {@code secret} is {@code code}; empty when there is none.
	 */
	static OptionalLong matchingStep(byte[] secret, String code, long lastUsedStep, Instant now) {
		if (!isTotpCode(code)) {
			return OptionalLong.empty();
		}
		byte[] typed = normalize(code).getBytes(StandardCharsets.US_ASCII);
		Key key = new SecretKeySpec(secret, GENERATOR.getAlgorithm());
		long current = step(now);
		for (long step = Math.max(current - DRIFT, lastUsedStep + 1); step <= current + DRIFT; step++) {
			if (MessageDigest.isEqual(codeAt(key, step).getBytes(StandardCharsets.US_ASCII), typed)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private static String codeAt(Key key, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()),
					Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("Not an HMAC-SHA1 key", ex);
		}
	}

	static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	/**
	 * Whether the input looks like an app's code (6 digits, spaces allowed) rather than a
	 * recovery code.
	 */
	static boolean isTotpCode(String input) {
		return input != null && CODE.matcher(normalize(input)).matches();
	}

	private static String normalize(String code) {
		return (code == null) ? "" : code.replaceAll("\\s", "");
	}

	private static String context(Long accountId) {
		return "staff-totp/" + accountId;
	}

}
