package co.gov.mineducacion.cooperation.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Single-use recovery codes for when the phone is not at hand: ten codes of ten random
 * characters (about 49 bits each), shown once and kept only as salted SHA-256 hashes. The
 * codes are random, not chosen by people, so a fast hash is enough; the lockout limits
 * guessing online.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int LENGTH = 10;

	private static final int SALT_BYTES = 16;

	private static final String SCHEME = "sha256";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

	private RecoveryCodes() {
	}

	/**
	 * New codes, as the person reads them ({@code abcde-fghjk}).
	 */
	static List<String> generate() {
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder(LENGTH + 1);
			for (int c = 0; c < LENGTH; c++) {
				if (c == LENGTH / 2) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}

	static String hash(String code) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		return SCHEME + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(digest(salt, code));
	}

	/**
	 * Whether {@code typed} is the code behind {@code hash}; case, spaces and hyphens do
	 * not matter.
	 */
	static boolean matches(String typed, String hash) {
		String[] parts = hash.split("\\$");
		if (parts.length != 3 || !SCHEME.equals(parts[0])) {
			return false;
		}
		byte[] salt = Base64.getDecoder().decode(parts[1]);
		return MessageDigest.isEqual(Base64.getDecoder().decode(parts[2]), digest(salt, typed));
	}

	private static byte[] digest(byte[] salt, String code) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(salt);
			return sha256.digest(normalize(code).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static String normalize(String code) {
		return (code == null) ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

}
