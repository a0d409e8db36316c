package co.gov.mineducacion.cooperation.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import co.gov.mineducacion.cooperation.shared.PortalProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signs short values into tamper-proof, expiring tokens for links (HMAC-SHA256). The key
 * is the one the database generated at install time, shared by every instance, unless
 * {@code portal.signing-secret} sets one.
 */
@Component
public class TokenSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final JdbcTemplate jdbc;

	private final PortalProperties properties;

	private final Clock clock;

	private volatile SecretKeySpec key;

	TokenSigner(JdbcTemplate jdbc, PortalProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A token that carries {@code value} for {@code purpose} until {@code validity} has
	 * passed.
	 */
	public String sign(String purpose, String value, Duration validity) {
		long expires = this.clock.instant().plus(validity).getEpochSecond();
		String payload = ENCODER.encodeToString((value + "|" + expires).getBytes(StandardCharsets.UTF_8));
		return payload + "." + ENCODER.encodeToString(mac(purpose + ":" + payload));
	}

	/**
	 * The value a token carries, or empty when it is malformed, forged, for another
	 * purpose or expired.
	 */
	public Optional<String> verify(String purpose, String token) {
		if (token == null || token.length() > 512) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String payload = token.substring(0, dot);
		try {
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, mac(purpose + ":" + payload))) {
				return Optional.empty();
			}
			String decoded = new String(DECODER.decode(payload), StandardCharsets.UTF_8);
			int bar = decoded.lastIndexOf('|');
			long expires = Long.parseLong(decoded.substring(bar + 1));
			if (Instant.ofEpochSecond(expires).isBefore(this.clock.instant())) {
				return Optional.empty();
			}
			return Optional.of(decoded.substring(0, bar));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A signature of {@code value} for {@code purpose} that never expires, for codes
	 * printed on paper (such as a certificate's verification code). Compare seals with
	 * {@link MessageDigest#isEqual(byte[], byte[])}.
	 */
	public byte[] seal(String purpose, String value) {
		return mac("seal/" + purpose + ":" + value);
	}

	/**
	 * A key for another use of the same secret (such as encryption), derived from it so
	 * that the two uses never share a key. Signed data always holds a colon; a purpose
	 * here never does, so no signature can equal a derived key.
	 */
	byte[] derivedKey(String purpose) {
		if (purpose.indexOf(':') >= 0) {
			throw new IllegalArgumentException("A key purpose has no colon");
		}
		return mac("derived-key/" + purpose);
	}

	private byte[] mac(String data) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key());
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			String configured = this.properties.signingSecret();
			byte[] secret = (configured != null && !configured.isBlank()) ? configured.getBytes(StandardCharsets.UTF_8)
					: this.jdbc.queryForObject("SELECT secret FROM signing_key WHERE id = 1", byte[].class);
			current = new SecretKeySpec(secret, ALGORITHM);
			this.key = current;
		}
		return current;
	}

}
