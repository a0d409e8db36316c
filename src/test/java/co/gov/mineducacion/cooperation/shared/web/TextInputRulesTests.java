package co.gov.mineducacion.cooperation.shared.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared rules every form applies to what is typed: control characters, email
 * domains, plausible days.
 */
class TextInputRulesTests {

	@Test
	void dropsControlCharactersButKeepsTabsAndLineBreaks() {
		InputTrimmingAdvice.TextInputEditor editor = new InputTrimmingAdvice.TextInputEditor();
		editor.setAsText("  Primera\u0000 línea\r\n\tSegunda\u001b\u007f  ");
		assertThat(editor.getValue()).isEqualTo("Primera línea\r\n\tSegunda");
		editor.setAsText("\u0000 \u0008");
		assertThat(editor.getValue()).isNull();
		assertThat(ControlCharacters.present("ana\u0000")).isTrue();
		assertThat(ControlCharacters.present("ana\tmaría\n")).isFalse();
	}

	@Test
	void acceptsOnlyPublicDomainNames() {
		for (String address : new String[] { "ana@mineducacion.gov.co", "ana@fundación.example.co",
				"ana@sub-domain.example.org.", "a@b.co" }) {
			assertThat(PublicEmail.Validator.hasPublicDomain(address)).as(address).isTrue();
		}
		for (String address : new String[] { "ana@localhost", "ana@LOCALHOST", "ana@mail.localhost", "ana@[127.0.0.1]",
				"ana@127.0.0.1", "ana@[IPv6:::1]", "ana@intranet", "ana@example..org", "ana@-example.org",
				"ana@example-.org", "ana@example.123", "ana@" }) {
			assertThat(PublicEmail.Validator.hasPublicDomain(address)).as(address).isFalse();
		}
	}

	@Test
	void aPlausibleDayIsBetweenTheYears2000And2100() {
		assertThat(PlausibleDate.Validator.isPlausible(LocalDate.of(2000, 1, 1))).isTrue();
		assertThat(PlausibleDate.Validator.isPlausible(LocalDate.of(2100, 12, 31))).isTrue();
		assertThat(PlausibleDate.Validator.isPlausible(LocalDate.of(1999, 12, 31))).isFalse();
		assertThat(PlausibleDate.Validator.isPlausible(LocalDate.MAX)).isFalse();
		assertThat(PlausibleDate.Validator.isPlausible(LocalDate.MIN)).isFalse();
	}

}
