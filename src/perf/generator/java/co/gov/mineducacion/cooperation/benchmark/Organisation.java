package co.gov.mineducacion.cooperation.benchmark;

/**
 * A generated cooperator: Colombian ones carry a NIT with its check digit.
 */
record Organisation(String name, String sector, String country, String taxId, String website, String language,
		String domain) {

	private static final int[] NIT_WEIGHTS = { 3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71 };

	/**
	 * A NIT written as the DIAN does, {@code 900123456-7}: the check digit by the
	 * modulo-11 rule, as the offer form verifies it.
	 */
	static String nit(long number) {
		String digits = Long.toString(number);
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += (digits.charAt(digits.length() - 1 - i) - '0') * NIT_WEIGHTS[i];
		}
		int remainder = sum % 11;
		return digits + "-" + ((remainder < 2) ? remainder : 11 - remainder);
	}

}
