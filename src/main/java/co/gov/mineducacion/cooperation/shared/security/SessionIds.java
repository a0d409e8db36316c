package co.gov.mineducacion.cooperation.shared.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.session.SessionIdGenerator;
import org.springframework.stereotype.Component;

/**
 * Session ids of 216 random bits from the platform's CSPRNG, where Spring Session's
 * default, a random UUID, carries 122. Base64url of 27 bytes is exactly the 36 characters
 * the {@code spring_session} table holds.
 */
@Component
class SessionIds implements SessionIdGenerator {

	static final int BYTES = 27;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	@Override
	public String generate() {
		byte[] id = new byte[BYTES];
		this.random.nextBytes(id);
		return ENCODER.encodeToString(id);
	}

}
