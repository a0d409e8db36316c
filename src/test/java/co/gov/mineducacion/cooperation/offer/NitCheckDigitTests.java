package co.gov.mineducacion.cooperation.offer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NitCheckDigitTests {

	@ParameterizedTest
	@ValueSource(strings = { "899999001-7", "899.999.001-7", "8999990017", "899999068-1", "860034313-7",
			" 899 999 001 - 7 " })
	void acceptsNitsWithTheirDianCheckDigit(String nit) {
		assertThat(NitCheckDigit.isValid(nit)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "899999001-6", "899999001", "ABC", "", "12-3", "899999001-77", "8999990O1-7" })
	void refusesAWrongCheckDigitOrSomethingThatIsNoNit(String nit) {
		assertThat(NitCheckDigit.isValid(nit)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "899999001" })
	void computesTheCheckDigitOfTheMinistrysNit(String number) {
		assertThat(NitCheckDigit.of(number)).isEqualTo(7);
	}

}
