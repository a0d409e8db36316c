package co.gov.mineducacion.cooperation.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaksAndEndsRowsWithCrLf() {
		byte[] csv = new Csv("a", "b", "c").row(Arrays.asList("Bogotá, D.C.", "dice \"hola\"", "uno\ndos"))
			.row(Arrays.asList(null, 142000L, "plain"))
			.bytes();
		assertThat(new String(csv, StandardCharsets.UTF_8))
			.isEqualTo("a,b,c\r\n\"Bogotá, D.C.\",\"dice \"\"hola\"\"\",\"uno\ndos\"\r\n,142000,plain\r\n");
	}

	@Test
	void defusesFormulasButKeepsPhoneNumbersAndNegativeNumbers() {
		assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.field("+cmd|' /C calc'!A0")).startsWith("'+cmd");
		assertThat(Csv.field("-x")).isEqualTo("'-x");
		assertThat(Csv.field("+57 601 222 2800")).isEqualTo("+57 601 222 2800");
		assertThat(Csv.field("-3")).isEqualTo("-3");
		assertThat(Csv.field(-3L)).isEqualTo("-3");
	}

}
