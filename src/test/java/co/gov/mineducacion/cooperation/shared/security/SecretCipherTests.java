package co.gov.mineducacion.cooperation.shared.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.test.TestProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets kept in the database (an authenticator key) are sealed with AES-256-GCM: a
 * fresh nonce each time, and any change to the data, its record or the key is detected
 * rather than decrypted into something else.
 */
class SecretCipherTests {

	private static final byte[] SECRET = "JBSWY3DPEHPK3PXP-authenticator-key".getBytes(StandardCharsets.UTF_8);

	private final SecretCipher cipher = cipher("una clave de firma de prueba con más de 32 bytes");

	@Test
	void opensWhatItSealedForTheSameRecordOnly() {
		byte[] sealed = this.cipher.seal(SECRET, "staff:7");

		assertThat(this.cipher.open(sealed, "staff:7")).hasValue(SECRET);
		assertThat(this.cipher.open(sealed, "staff:8")).isEmpty();
		assertThat(cipher("otra clave").open(sealed, "staff:7")).isEmpty();
	}

	@Test
	void sealsTheSameSecretDifferentlyEachTimeAndNeverInTheClear() {
		byte[] first = this.cipher.seal(SECRET, "staff:7");
		byte[] second = this.cipher.seal(SECRET, "staff:7");

		assertThat(first).isNotEqualTo(second);
		assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("authenticator-key");
		assertThat(first).hasSize(12 + SECRET.length + 16);
	}

	@Test
	void refusesSealedDataWithAnyByteChanged() {
		byte[] sealed = this.cipher.seal(SECRET, "staff:7");
		for (int i = 0; i < sealed.length; i++) {
			byte[] changed = sealed.clone();
			changed[i] ^= 0x01;
			assertThat(this.cipher.open(changed, "staff:7")).as("byte %d changed", i).isEmpty();
		}
		assertThat(this.cipher.open(new byte[12], "staff:7")).isEmpty();
		assertThat(this.cipher.open(null, "staff:7")).isEmpty();
	}

	private static SecretCipher cipher(String secret) {
		PortalProperties properties = TestProperties
			.portal((secret != null) ? Map.of("portal.signing-secret", secret) : Map.of());
		return new SecretCipher(new TokenSigner(null, properties, Clock.systemUTC()));
	}

}
