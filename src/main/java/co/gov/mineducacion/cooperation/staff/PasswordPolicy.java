package co.gov.mineducacion.cooperation.staff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * Staff passwords: at least 12 characters, and not easy to guess. Guessability is
 * measured with zxcvbn, whose dictionaries hold the most common passwords, names and
 * words; the person's own email and name and the Ministry's own words count as guessable
 * too ({@link GuessableWords}). At most 72 bytes in UTF-8, what bcrypt reads: a longer
 * one is refused with a message rather than cut short.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	/** zxcvbn's scale runs 0 to 4; 3 means "safely unguessable" for an online attack. */
	static final int MIN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * The message code of what is wrong with the password, or empty when it is
	 * acceptable.
	 */
	Optional<String> problem(String password, String email, String name) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("TooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("TooLong");
		}
		if (GuessableWords.only(password, email, name)) {
			return Optional.of("TooGuessable");
		}
		List<String> guessable = new ArrayList<>(GuessableWords.CONTEXT);
		guessable.add(email);
		guessable.add(name);
		Strength strength = this.zxcvbn.measure(password, guessable);
		return (strength.getScore() < MIN_SCORE) ? Optional.of("TooGuessable") : Optional.empty();
	}

}
