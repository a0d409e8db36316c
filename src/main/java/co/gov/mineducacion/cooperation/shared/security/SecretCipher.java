package co.gov.mineducacion.cooperation.shared.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets kept in the database (AES-256-GCM), such as a staff member's
 * authenticator key. The key is derived from the portal's signing key, so it is never
 * stored beside the data; changing {@code portal.signing-secret} makes what was sealed
 * with the old key unreadable.
 */
@Component
public class SecretCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final TokenSigner signer;

	private final SecureRandom random = new SecureRandom();

	private volatile SecretKeySpec key;

	SecretCipher(TokenSigner signer) {
		this.signer = signer;
	}

	/**
	 * The secret encrypted, bound to {@code context} (for example the record it belongs
	 * to), so that it cannot be moved to another record unnoticed.
	 */
	public byte[] seal(byte[] plaintext, String context) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, context, plaintext, 0, plaintext.length);
		return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
	}

	/**
	 * The secret, or empty when the data was changed, sealed for another context or with
	 * another key.
	 */
	public Optional<byte[]> open(byte[] sealed, String context) {
		if (sealed == null || sealed.length <= NONCE_BYTES) {
			return Optional.empty();
		}
		try {
			byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
			return Optional
				.of(run(Cipher.DECRYPT_MODE, nonce, context, sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
		}
		catch (IllegalStateException ex) {
			return Optional.empty();
		}
	}

	private byte[] run(int mode, byte[] nonce, String context, byte[] input, int offset, int length) {
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input, offset, length);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Could not " + ((mode == Cipher.ENCRYPT_MODE) ? "seal" : "open") + " a secret", ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			current = new SecretKeySpec(this.signer.derivedKey("secret-cipher"), "AES");
			this.key = current;
		}
		return current;
	}

}
