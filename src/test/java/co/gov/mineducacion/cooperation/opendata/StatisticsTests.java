package co.gov.mineducacion.cooperation.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.offer.queue.OfferQueue;
import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.offer.queue.QueueFilter;
import co.gov.mineducacion.cooperation.offer.queue.QueuePosition;
import co.gov.mineducacion.cooperation.offer.queue.QueueSlice;
import co.gov.mineducacion.cooperation.offer.queue.QueueSort;
import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public statistics count what the office's queue counts for the same offers, never
 * show a count of fewer than 5 offers, and offer each table as a CSV file in both
 * languages.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfferQueue queue;

	@Autowired
	CatalogService catalog;

	@Autowired
	CacheManager caches;

	final YearMonth thisMonth = YearMonth.now(Colombia.TIME_ZONE);

	@BeforeAll
	void fileOffers() {
		OfferRows rows = new OfferRows(this.jdbc);
		// Three offers in one month (too few to show), seven in the next, five of them
		// accepted; all from companies, naming one way to cooperate and one project.
		rows.offers(3, (o) -> o.receivedOn(day(21)).sector("COMPANY").projects("PBM-COB-01"));
		rows.offers(2, (o) -> o.receivedOn(day(20)).sector("COMPANY").projects("PBM-COB-01"));
		rows.offers(5, (o) -> o.receivedOn(day(20)).sector("COMPANY").status("ACCEPTED").projects("PBM-COB-01"));
		// Before the period: counted nowhere on the page.
		rows.offers(6, (o) -> o.receivedOn(day(30)).sector("MULTILATERAL"));
		Caches.clearAll(this.caches);
	}

	@Test
	void countsEqualTheQueuesOwnCountsForTheSameOffers() throws Exception {
		Document page = page("es");
		YearMonth first = this.thisMonth.minusMonths(StatisticsFigures.MONTHS - 1);
		Instant from = StatisticsFigures.periodStart(first);
		List<Element> months = rows(page, "month");
		assertThat(months).hasSize(StatisticsFigures.MONTHS);
		for (int i = 0; i < months.size(); i++) {
			YearMonth month = first.plusMonths(i);
			Function<OfferStatus, QueueFilter> filter = (status) -> new QueueFilter(null, status, null, null, null,
					null, false, null, false, StatisticsFigures.periodStart(month),
					StatisticsFigures.periodStart(month.plusMonths(1)), null, null, null);
			assertCells(months.get(i), filter);
		}
		List<Element> sectors = rows(page, "sector");
		var sectorCodes = this.catalog.sectors(Locale.forLanguageTag("es")).stream().map((s) -> s.code()).toList();
		assertThat(sectors).hasSize(sectorCodes.size());
		for (int i = 0; i < sectors.size(); i++) {
			String sector = sectorCodes.get(i);
			assertCells(sectors.get(i), (status) -> new QueueFilter(null, status, sector, null, null, null, false, null,
					false, from, null, null, null, null));
		}
		for (Element row : rows(page, "actionType")) {
			String code = row.attr("data-label");
			assertCells(row, (status) -> new QueueFilter(null, status, null, code, null, null, false, null, false, from,
					null, null, null, null));
		}
		List<Element> projects = rows(page, "project");
		assertThat(projects).extracting((row) -> row.attr("data-label")).contains("PBM-COB-01");
		for (Element row : projects) {
			String code = row.attr("data-label");
			assertCells(row, (status) -> new QueueFilter(null, status, null, null, code, null, false, null, false, from,
					null, null, null, null));
		}
	}

	@Test
	void countsOffersByChannelAsTheQueueDoesAndOffersThemAsCsv() throws Exception {
		Instant from = StatisticsFigures.periodStart(this.thisMonth.minusMonths(StatisticsFigures.MONTHS - 1));
		List<Element> channels = rows(page("es"), "channel");
		assertThat(channels).extracting((row) -> row.attr("data-label"))
			.containsExactly("Formulario web", "Teléfono", "En persona", "Correo electrónico", "Correo postal");
		for (int i = 0; i < channels.size(); i++) {
			OfferChannel channel = OfferChannel.values()[i];
			assertCells(channels.get(i), (status) -> new QueueFilter(null, status, null, null, null, null, false, null,
					false, from, null, null, null, null)
				.withChannel(channel));
		}
		String en = new String(csv("/statistics/channel.csv", "en").getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = en.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFChannel,Received,Accepted");
		assertThat(lines).hasSize(OfferChannel.values().length + 1).anyMatch((line) -> line.startsWith("Phone,"));
	}

	@Test
	void showsNoCountOfFewerThanFiveOffers() throws Exception {
		Document page = page("en");
		List<Element> months = rows(page, "month");
		Element fewOffers = months.get(StatisticsFigures.MONTHS - 1 - 21);
		assertThat(fewOffers.select("td").eachText()).containsExactly("< 5", "< 5");
		assertThat(fewOffers.select("td[data-value]")).isEmpty();
		Element enough = months.get(StatisticsFigures.MONTHS - 1 - 20);
		assertThat(Long.parseLong(enough.select("td").get(0).attr("data-value"))).isGreaterThanOrEqualTo(7);
		assertThat(Long.parseLong(enough.select("td").get(1).attr("data-value"))).isGreaterThanOrEqualTo(5);
		for (Element cell : page.select("figure.chart:not(#chart-department) td.number")) {
			if (cell.hasAttr("data-value")) {
				assertThat(Long.parseLong(cell.attr("data-value"))).as(cell.parent().text()).isGreaterThanOrEqualTo(5);
			}
			else {
				assertThat(cell.text()).isEqualTo("< 5");
			}
		}
	}

	@Test
	void offersEachTableAsCsvWithAByteOrderMarkInTheReadersLanguage() throws Exception {
		MockHttpServletResponse es = csv("/statistics/month.csv", "es");
		assertThat(es.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(es.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("statistics-month-es.csv");
		byte[] bytes = es.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		List<String> lines = text.lines().toList();
		assertThat(lines.get(0)).isEqualTo("Mes,Recibidas,Aceptadas");
		assertThat(lines).hasSize(StatisticsFigures.MONTHS + 1);
		assertThat(lines.get(StatisticsFigures.MONTHS - 21)).endsWith(",< 5,< 5");
		String en = new String(csv("/statistics/sector.csv", "en").getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(en.lines().findFirst()).hasValue("\uFEFFKind of cooperator,Received,Accepted");
		assertThat(en).contains("Companies,");
		this.mvc.perform(get("/statistics/offers.csv"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
	}

	@Test
	void isListedInTheSiteNavigationInBothLanguages() throws Exception {
		assertThat(page("es").select("h1").text()).isEqualTo("La cooperación en cifras");
		assertThat(page("en").select("h1").text()).isEqualTo("Cooperation in figures");
		Document siteMap = Jsoup.parse(this.mvc.perform(get("/site-map").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(siteMap.select("main a[href=/statistics]").eachText()).containsExactly("Statistics");
		assertThat(this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
			.contains("/statistics?lang=es</loc>", "/statistics?lang=en</loc>");
	}

	private void assertCells(Element row, Function<OfferStatus, QueueFilter> filter) {
		List<String> expected = new ArrayList<>();
		for (OfferStatus status : new OfferStatus[] { null, OfferStatus.ACCEPTED }) {
			QueueSlice slice = this.queue.slice(filter.apply(status), QueueSort.RECEIVED, true, QueuePosition.first(),
					1);
			assertThat(slice.exact()).isTrue();
			expected.add((slice.count() < 5) ? "< 5" : String.valueOf(slice.count()));
		}
		assertThat(row.select("td").stream().map((td) -> td.hasAttr("data-value") ? td.attr("data-value") : "< 5"))
			.as(row.text())
			.containsExactlyElementsOf(expected);
	}

	private static List<Element> rows(Document page, String table) {
		return page.select("#chart-" + table + " tbody tr[data-label]");
	}

	private LocalDate day(int monthsAgo) {
		return this.thisMonth.minusMonths(monthsAgo).atDay(10);
	}

	private Document page(String language) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/statistics").header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MockHttpServletResponse csv(String path, String language) throws Exception {
		return this.mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language)).andReturn().getResponse();
	}

}
