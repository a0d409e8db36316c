package co.gov.mineducacion.cooperation.shared.web;

/**
 * A page's own {@code <meta name="description">}, from its text: the first sentence, cut
 * at a word near 160 characters, the length search engines show.
 */
public final class PageDescription {

	/** The model attribute the layout reads. */
	public static final String ATTRIBUTE = "pageDescription";

	static final int LENGTH = 160;

	private PageDescription() {
	}

	/**
	 * The description drawn from {@code text}, or {@code null} for no text.
	 */
	public static String of(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String flat = text.strip().replaceAll("\\s+", " ");
		int end = flat.indexOf(". ");
		String sentence = (end > 0) ? flat.substring(0, end + 1) : flat;
		if (sentence.length() <= LENGTH) {
			return sentence;
		}
		int space = sentence.lastIndexOf(' ', LENGTH - 1);
		return sentence.substring(0, (space > 0) ? space : LENGTH - 1) + "…";
	}

}
