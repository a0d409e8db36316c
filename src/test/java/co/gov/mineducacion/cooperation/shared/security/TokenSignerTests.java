package co.gov.mineducacion.cooperation.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.test.TestProperties;
import co.gov.mineducacion.cooperation.test.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed, expiring tokens of the status and set-password links: only the portal's key
 * makes a valid one (HMAC-SHA256, no algorithm chosen by the token), for one purpose and
 * until it expires.
 */
class TokenSignerTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:00:00Z"));

	private final TokenSigner signer = signer("una clave de firma de prueba con más de 32 bytes");

	@Test
	void readsBackWhatItSignedForThatPurpose() {
		String token = this.signer.sign("offer-status", "CO-2026-7KQ4-M9XD", Duration.ofDays(180));

		assertThat(this.signer.verify("offer-status", token)).contains("CO-2026-7KQ4-M9XD");
		assertThat(this.signer.verify("staff-password", token)).isEmpty();
	}

	@Test
	void refusesATokenWhosePayloadOrSignatureWasChanged() {
		String token = this.signer.sign("offer-status", "CO-2026-7KQ4-M9XD", Duration.ofDays(1));
		String[] parts = token.split("\\.");
		String otherPayload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("CO-2026-AAAA-BBBB|" + Instant.parse("2030-01-01T00:00:00Z").getEpochSecond()).getBytes());

		assertThat(this.signer.verify("offer-status", otherPayload + "." + parts[1])).isEmpty();
		assertThat(this.signer.verify("offer-status", parts[0] + "." + flipFirst(parts[1]))).isEmpty();
		assertThat(this.signer.verify("offer-status", parts[0] + ".")).isEmpty();
		assertThat(this.signer.verify("offer-status", parts[0])).isEmpty();
		assertThat(this.signer.verify("offer-status", "")).isEmpty();
		assertThat(this.signer.verify("offer-status", null)).isEmpty();
		assertThat(this.signer.verify("offer-status", "x".repeat(600))).isEmpty();
		assertThat(signer("otra clave").verify("offer-status", token)).isEmpty();
	}

	@Test
	void refusesATokenOnceItsValidityHasPassed() {
		String token = this.signer.sign("staff-password", "42|1", Duration.ofHours(48));

		this.clock.advance(Duration.ofHours(47));
		assertThat(this.signer.verify("staff-password", token)).contains("42|1");
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.signer.verify("staff-password", token)).isEmpty();
	}

	private TokenSigner signer(String secret) {
		PortalProperties properties = TestProperties
			.portal((secret != null) ? Map.of("portal.signing-secret", secret) : Map.of());
		return new TokenSigner(null, properties, this.clock);
	}

	private static String flipFirst(String text) {
		return ((text.charAt(0) == 'A') ? 'B' : 'A') + text.substring(1);
	}

}
