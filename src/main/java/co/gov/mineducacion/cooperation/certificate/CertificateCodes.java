package co.gov.mineducacion.cooperation.certificate;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import co.gov.mineducacion.cooperation.shared.security.TokenSigner;

import org.springframework.stereotype.Component;

/**
 * Verification codes: 128 random bits and an 80-bit seal of them with the portal's
 * signing key, written in lower-case base 32 without look-alike letters. Nobody can guess
 * a code, and a code changed by hand is refused before the database is asked.
 */
@Component
class CertificateCodes {

	static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

	private static final int RANDOM_BYTES = 16;

	private static final int SEAL_BYTES = 10;

	private static final String PURPOSE = "certificate";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TokenSigner signer;

	CertificateCodes(TokenSigner signer) {
		this.signer = signer;
	}

	String newCode() {
		byte[] random = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(random);
		String body = encode(random);
		return body + encode(seal(body));
	}

	/**
	 * Whether the code is one the portal made: the right length and alphabet, and a seal
	 * that matches.
	 */
	boolean isGenuine(String code) {
		int bodyLength = encodedLength(RANDOM_BYTES);
		if (code == null || code.length() != bodyLength + encodedLength(SEAL_BYTES)
				|| !code.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
			return false;
		}
		String body = code.substring(0, bodyLength);
		return MessageDigest.isEqual(code.substring(bodyLength).getBytes(), encode(seal(body)).getBytes());
	}

	private byte[] seal(String body) {
		return Arrays.copyOf(this.signer.seal(PURPOSE, body), SEAL_BYTES);
	}

	private static int encodedLength(int bytes) {
		return (bytes * 8 + 4) / 5;
	}

	static String encode(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return text.toString();
	}

}
