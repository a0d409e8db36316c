package co.gov.mineducacion.cooperation.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A need's rules, how offers fit it, and its progress, without Spring.
 */
class NeedTests {

	private static final Need NEED = Need.publish("tutores", NeedFixtures.draft("Tutores de lectura"),
			Instant.parse("2026-12-01T12:00:00Z"));

	@Test
	void seeksAnAmountWithItsCurrencyOrACountWithItsUnit() {
		assertThat(Sought.amount(new BigDecimal("1500000.50"), "COP").value()).isEqualByComparingTo("1500000.50");
		assertThat(Sought.count(20, new Bilingual("tutores", "tutors")).value()).isEqualByComparingTo("20");
		assertThatIllegalArgumentException().isThrownBy(() -> Sought.amount(BigDecimal.ZERO, "COP"));
		assertThatIllegalArgumentException().isThrownBy(() -> Sought.amount(BigDecimal.TEN, null));
		assertThatIllegalArgumentException().isThrownBy(() -> Sought.count(3, new Bilingual("tutores", " ")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Sought(BigDecimal.TEN, "COP", 3L, new Bilingual("a", "b")));
	}

	@Test
	void countsAMunicipalityAsItsDepartment() {
		assertThat(NEED.allDepartments()).containsExactly("27");
	}

	@Test
	void fitsAnOfferBySameProjectPlaceWaysAndWordsAndSaysWhy() {
		Fit fit = Fit.between(NEED, Set.of("PBM-CAL-04"), Set.of("27"), Set.of("A06", "A01"), "Tutores de lectura",
				"Apoyo a escuelas rurales con tutores");
		assertThat(fit).isEqualTo(new Fit(true, true, 1, 4));
		assertThat(fit.explain(messages(), Locale.ENGLISH))
			.isEqualTo("same project, same department, 1 shared way to cooperate, 4 shared words");
		assertThat(fit.explain(messages(), Locale.forLanguageTag("es")))
			.isEqualTo("mismo proyecto, mismo departamento, 1 forma de cooperar en común, 4 palabras en común");
		Fit words = Fit.between(NEED, Set.of(), Set.of("05"), Set.of(), "Escuelas", "");
		assertThat(words.explain(messages(), Locale.ENGLISH)).isEqualTo("1 shared word");
		assertThat(words.score()).isLessThan(fit.score());
		assertThat(Fit.between(NEED, Set.of(), Set.of(), Set.of(), "Becas", "para la universidad").isAny()).isFalse();
	}

	@Test
	void weighsAProjectAbovePlaceAboveWaysAboveWords() {
		assertThat(new Fit(true, false, 0, 0).score()).isGreaterThan(new Fit(false, true, 1, 1).score());
		assertThat(new Fit(false, true, 0, 0).score()).isGreaterThan(new Fit(false, false, 1, 1).score());
		assertThat(new Fit(false, false, 1, 0).score()).isGreaterThan(new Fit(false, false, 0, 1).score());
	}

	@Test
	void showsProgressInWholePercentAtMostAHundred() {
		assertThat(progress("20", "3").percent()).isEqualTo(15);
		assertThat(progress("3", "1").percent()).isEqualTo(33);
		assertThat(progress("10", "25").percent()).isEqualTo(100);
	}

	@Test
	void filtersByProjectDepartmentWayAndText() {
		assertThat(new NeedFilter("PBM-CAL-04", "27", "A05", "LECTURA rural").matches(NEED)).isTrue();
		assertThat(new NeedFilter("SUP-PER-03", null, null, null).matches(NEED)).isFalse();
		assertThat(new NeedFilter(null, "05", null, null).matches(NEED)).isFalse();
		assertThat(new NeedFilter(null, null, "A01", null).matches(NEED)).isFalse();
		assertThat(new NeedFilter(null, null, null, "becas").matches(NEED)).isFalse();
		assertThat(new NeedFilter("", " ", null, null).isActive()).isFalse();
	}

	private static NeedProgress progress(String sought, String met) {
		return new NeedProgress(new BigDecimal(sought), new BigDecimal(met), sought, met, 0, 0);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
