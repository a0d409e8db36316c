package co.gov.mineducacion.cooperation.staff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import co.gov.mineducacion.cooperation.test.Totp;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpAuthenticatorTests {

	/** The key of RFC 6238's test vectors for HMAC-SHA1. */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final String RFC_SECRET_BASE32 = new Base32().encodeToString(RFC_SECRET);

	private static final Instant NOW = Instant.parse("2026-05-04T15:00:10Z");

	private static final long STEP = TotpAuthenticator.step(NOW);

	@Test
	void computesTheCodesOfTheRfcTestVectors() {
		// RFC 6238 appendix B gives 8 digits; an app shows the last 6.
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, "287082", 0, Instant.ofEpochSecond(59))).hasValue(1);
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, "081804", 0, Instant.ofEpochSecond(1111111109)))
			.hasValue(37037036);
		assertThat(Totp.codeAt(RFC_SECRET_BASE32, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
	}

	@Test
	void acceptsTheCodeOfTheStepBeforeAndAfterForAPhoneClockThatIsABitOff() {
		for (int offset = -1; offset <= 1; offset++) {
			String code = codeAtStep(STEP + offset);
			assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, code, 0, NOW)).hasValue(STEP + offset);
		}
	}

	@Test
	void refusesCodesOutsideTheWindow() {
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, codeAtStep(STEP - 2), 0, NOW)).isEmpty();
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, codeAtStep(STEP + 2), 0, NOW)).isEmpty();
	}

	@Test
	void refusesACodeWhoseStepWasAlreadyUsed() {
		String code = codeAtStep(STEP);
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, code, STEP - 1, NOW)).hasValue(STEP);
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, code, STEP, NOW)).isEmpty();
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, codeAtStep(STEP - 1), STEP, NOW)).isEmpty();
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, codeAtStep(STEP + 1), STEP, NOW)).hasValue(STEP + 1);
	}

	@Test
	void toleratesSpacesButNothingElse() {
		String code = codeAtStep(STEP);
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), 0, NOW))
			.hasValue(STEP);
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, code + "0", 0, NOW)).isEmpty();
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, "abcdef", 0, NOW)).isEmpty();
		assertThat(TotpAuthenticator.matchingStep(RFC_SECRET, null, 0, NOW)).isEmpty();
	}

	@Test
	void tellsAppCodesFromRecoveryCodes() {
		assertThat(TotpAuthenticator.isTotpCode("123 456")).isTrue();
		assertThat(TotpAuthenticator.isTotpCode("abcde-fghjk")).isFalse();
	}

	@Test
	void recoveryCodesAreRandomAndMatchOnlyTheirOwnHash() {
		var codes = RecoveryCodes.generate();
		assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
		assertThat(codes).allMatch((c) -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		String hash = RecoveryCodes.hash(codes.get(0));
		assertThat(hash).doesNotContain(codes.get(0)).isNotEqualTo(RecoveryCodes.hash(codes.get(0)));
		assertThat(RecoveryCodes.matches(codes.get(0).toUpperCase().replace("-", " "), hash)).isTrue();
		assertThat(RecoveryCodes.matches(codes.get(1), hash)).isFalse();
	}

	private static String codeAtStep(long step) {
		return Totp.codeAt(RFC_SECRET_BASE32, Instant.ofEpochSecond(step * 30));
	}

}
