package co.gov.mineducacion.cooperation.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import co.gov.mineducacion.cooperation.test.ListedActivities;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code municipalities.csv}: the places with activity by DIVIPOLA code, with leading
 * zeros kept, a byte-order mark for spreadsheets, a download (its cache validators are
 * checked with the other files in OpenDataTests), a description on the open-data page,
 * and the same numbers as the filtered list.
 */
@PortalTest
class MunicipalityFilesTests {

	private static final String FILE = "/open-data/municipalities.csv";

	@Autowired
	MockMvc mvc;

	@Test
	void listsThePlacesWithActivityByCodeWithTheirSeats() throws Exception {
		byte[] bytes = download().getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String[] rows = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
		assertThat(rows[0]).isEqualTo(
				"divipola_code,name,department_code,department,latitude,longitude,activities_under_way,activities");
		assertThat(row(rows, "05001")).startsWith("05001,Medellín,05,Antioquia,6.");
		assertThat(row(rows, "54001")).startsWith("54001,San José de Cúcuta,54,Norte de Santander,7.");
		assertThat(row(rows, "11001")).startsWith("11001,\"Bogotá, D.C.\",11,");
		assertThat(Arrays.stream(rows).skip(1).map((r) -> r.substring(0, 5)))
			.contains("08001", "11001", "68001", "76001", "13001", "54001", "05001", "44001", "47001")
			.doesNotContain("99773")
			.isSorted();
	}

	@Test
	void countsEachMunicipalityAsTheFilteredListDoes() throws Exception {
		String[] rows = new String(download().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)
			.split("\r\n");
		for (String row : Arrays.copyOfRange(rows, 1, rows.length)) {
			String[] fields = row.split(",");
			String code = fields[0];
			assertThat(listed("/activities?status=UNDER_WAY&municipality=" + code)).as(row)
				.isEqualTo(Long.parseLong(fields[fields.length - 2]));
			assertThat(listed("/activities?municipality=" + code)).as(row)
				.isEqualTo(Long.parseLong(fields[fields.length - 1]));
			assertThat(Long.parseLong(fields[fields.length - 1])).as(row).isPositive();
		}
	}

	@Test
	void isACsvDownloadWithCacheValidators() throws Exception {
		MvcResult first = download();
		assertThat(first.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(first.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"municipalities.csv\"");
		assertThat(OpenDataTests.FILES).as("304s checked with the other files").contains(FILE);
	}

	@Test
	void isDescribedOnTheOpenDataPageWithItsFields() throws Exception {
		this.mvc.perform(get("/open-data"))
			.andExpect(content().string(allOf(containsString("href=\"" + FILE + "\""),
					containsString("Cooperación por municipio"), containsString("<code>divipola_code</code>"),
					containsString("conserva el cero inicial"), containsString("Latitud de la cabecera municipal"))));
		this.mvc.perform(get("/open-data?lang=en"))
			.andExpect(content().string(
					allOf(containsString("Cooperation by municipality"), containsString("keeps its leading zero"))));
	}

	private MvcResult download() throws Exception {
		return this.mvc.perform(get(FILE))
			.andExpect(status().isOk())
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn();
	}

	private static String row(String[] rows, String code) {
		return Arrays.stream(rows).filter((r) -> r.startsWith(code + ",")).findFirst().orElseThrow();
	}

	private long listed(String path) throws Exception {
		return ListedActivities.count(this.mvc, path);
	}

}
