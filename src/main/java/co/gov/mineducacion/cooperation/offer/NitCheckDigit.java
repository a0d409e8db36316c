package co.gov.mineducacion.cooperation.offer;

/**
 * The check digit of a Colombian NIT by the DIAN rule (modulo 11 with the weights 3, 7,
 * 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71 from the rightmost digit).
 */
final class NitCheckDigit {

	private static final int[] WEIGHTS = { 3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71 };

	private NitCheckDigit() {
	}

	static int of(String number) {
		int sum = 0;
		for (int i = 0; i < number.length(); i++) {
			int digit = number.charAt(number.length() - 1 - i) - '0';
			sum += digit * WEIGHTS[i];
		}
		int remainder = sum % 11;
		return (remainder < 2) ? remainder : 11 - remainder;
	}

	/**
	 * Whether a NIT written with its check digit ({@code 899999001-7},
	 * {@code 899.999.001-7} or {@code 8999990017}) is valid.
	 */
	static boolean isValid(String nit) {
		if (nit == null) {
			return false;
		}
		String digits = nit.replaceAll("[.\\s-]", "");
		if (!digits.matches("\\d{6,16}")) {
			return false;
		}
		String number = digits.substring(0, digits.length() - 1);
		int check = digits.charAt(digits.length() - 1) - '0';
		return of(number) == check;
	}

}
