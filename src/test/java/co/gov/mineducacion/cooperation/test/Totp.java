package co.gov.mineducacion.cooperation.test;

import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * What a staff member's authenticator app shows: the 6-digit code for a Base32 secret
 * (the key the enrolment page prints in groups of four), computed with the same library
 * the portal checks codes with.
 * <p>
 * The portal accepts each 30-second step's code once. A test that enrols with
 * {@code code(secret)} then signs in with {@code code(secret, 1)}: the next step's code,
 * which the portal already accepts (it allows one step of clock drift) and which was not
 * used yet.
 */
public final class Totp {

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

	private Totp() {
	}

	/**
	 * The code the app shows now.
	 */
	public static String code(String base32Secret) {
		return code(base32Secret, 0);
	}

	/**
	 * The code for {@code stepsAhead} 30-second steps from now ({@code 1}: the next one).
	 */
	public static String code(String base32Secret, int stepsAhead) {
		Instant at = Instant.now().plus(GENERATOR.getTimeStep().multipliedBy(stepsAhead));
		return codeAt(base32Secret, at);
	}

	/**
	 * The code for the step that holds {@code instant}.
	 */
	public static String codeAt(String base32Secret, Instant instant) {
		byte[] key = new Base32().decode(base32Secret.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
		try {
			return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(key, GENERATOR.getAlgorithm()), instant,
					Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalArgumentException("Not a usable TOTP secret", ex);
		}
	}

}
