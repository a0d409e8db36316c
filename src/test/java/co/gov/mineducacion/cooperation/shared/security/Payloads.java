package co.gov.mineducacion.cooperation.shared.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site scripting payloads people type into the portal's text fields, and what a
 * page, file or email that shows them must (not) contain.
 */
final class Payloads {

	/**
	 * One of each family: script tags, event handlers, a {@code javascript:} link, SVG,
	 * attribute and text-area breakers, entity- and URL-encoded scripts, and text that
	 * looks like a Thymeleaf or template-engine expression.
	 */
	static final List<String> ALL = List.of("<script>alert('xss')</script>", "<img src=x onerror=alert(2)>",
			"<svg onload=alert(3)>", "<a href=\"javascript:alert(4)\">enlace</a>", "javascript:alert(5)",
			"\"'><script>alert(6)</script>", "</textarea><script>alert(7)</script>", "</title><svg/onload=alert(8)>",
			"&lt;script&gt;alert(9)&lt;/script&gt;", "&#60;img src=x onerror=alert(10)&#62;",
			"%3Cscript%3Ealert(11)%3C%2Fscript%3E", "[[${'pwn'+'ed'}]]", "[(${'pwn'+'ed'})]", "{{'pwn'+'ed'}}",
			"__${'pwn'+'ed'}__", "${T(java.lang.System).exit(1)}");

	/** All of them, one per line: for fields that take a few thousand characters. */
	static final String LONG = String.join("\n", ALL);

	/** The most dangerous ones in 80 characters: for names and titles. */
	static final String SHORT = "\"'></textarea><script>alert(1)</script><svg onload=alert(2)>[[${'pwn'+'ed'}]]";

	/**
	 * Text that would run if a payload came through unescaped (or an encoded one were
	 * decoded), and the result of an evaluated expression.
	 */
	private static final List<Pattern> LIVE_TEXT = List.of(Pattern.compile("<script>", Pattern.CASE_INSENSITIVE),
			Pattern.compile("</(textarea|title)><(script|svg|img)", Pattern.CASE_INSENSITIVE),
			Pattern.compile("pwned"));

	/**
	 * A tag: the portal escapes {@code <}, {@code >} and quotes in text and attribute
	 * values, so a raw {@code <} starts real markup.
	 */
	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>");

	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");

	private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern SCRIPT_URL = Pattern.compile(
			"\\s(href|src|action|formaction|xlink:href)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):",
			Pattern.CASE_INSENSITIVE);

	private Payloads() {
	}

	/**
	 * Asserts that nothing in {@code html} would run: no payload's markup, no
	 * {@code javascript:} link, no evaluated expression.
	 */
	static void assertInert(String where, String html) {
		for (Pattern live : LIVE_TEXT) {
			assertThat(live.matcher(html).find()).as("%s contains %s", where, live.pattern()).isFalse();
		}
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			String tag = tags.group();
			assertThat(EVENT_HANDLER.matcher(QUOTED.matcher(tag).replaceAll("\"\"")).find())
				.as("%s has an event handler in %s", where, tag)
				.isFalse();
			assertThat(SCRIPT_URL.matcher(tag).find()).as("%s has a script address in %s", where, tag).isFalse();
		}
	}

	/**
	 * Asserts that {@code html} shows {@code text} as text (escaped) and runs nothing.
	 */
	static void assertShownAsText(String where, String html, String text) {
		assertInert(where, html);
		assertThat(html).as(where).contains(escaped(text));
	}

	/**
	 * The text as Thymeleaf writes it into HTML.
	 */
	static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
