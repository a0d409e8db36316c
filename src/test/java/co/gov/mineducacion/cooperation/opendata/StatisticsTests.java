package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.activity.CooperationType;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public statistics count what the office's queue counts for the same offers, never
 * show a count of fewer than 5 offers, count activities and sum commitments as the
 * activities themselves say, and offer each table as a CSV file in both languages.
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

	@Autowired
	ActivityService activities;

	final YearMonth thisMonth = YearMonth.now(Colombia.TIME_ZONE);

	@BeforeAll
	void fileOffers() throws Exception {
		OfferRows rows = new OfferRows(this.jdbc);
		// Three offers in one month (too few to show), seven in the next, five of them
		// accepted; all from companies, naming one way to cooperate and one project.
		rows.offers(3, (o) -> o.receivedOn(day(21)).sector("COMPANY").projects("PBM-COB-01"));
		rows.offers(2, (o) -> o.receivedOn(day(20)).sector("COMPANY").projects("PBM-COB-01"));
		rows.offers(5, (o) -> o.receivedOn(day(20)).sector("COMPANY").status("ACCEPTED").projects("PBM-COB-01"));
		// Before the period: counted nowhere on the page.
		rows.offers(6, (o) -> o.receivedOn(day(30)).sector("MULTILATERAL"));
		recordAnActivityWithGoalsAndCommitments();
		Caches.clearAll(this.caches);
	}

	private void recordAnActivityWithGoalsAndCommitments() throws Exception {
		this.mvc
			.perform(post("/admin/activities/new").with(csrf())
				.with(user("analista@mineducacion.gov.co").roles("STAFF"))
				.param("titleEs", "Cifras de cooperación")
				.param("titleEn", "Cooperation figures")
				.param("descriptionEs", "Una actividad para contar.")
				.param("descriptionEn", "An activity to count.")
				.param("start", "2024-05")
				.param("end", "2024-12")
				.param("funders",
						"Fundación Uno | USD 1000.50 2024-06-01\nFundación Dos | EUR 200 2023-12-31\n"
								+ "Fundación Tres | USD 99.50")
				.param("implementers", "Universidad de ejemplo")
				.param("departments", "91")
				.param("cooperationType", "NGO")
				.param("sdgs", "4", "16"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void activityCountsEqualTheActivitiesOwnCountsAndAreNeverSuppressed() throws Exception {
		Document page = page("es");
		List<ActivityRecord> records = this.activities.records();
		List<Element> goals = rows(page, "sdg");
		assertThat(goals).hasSize(17);
		for (int i = 0; i < goals.size(); i++) {
			int goal = i + 1;
			assertThat(goals.get(i).attr("data-label")).isEqualTo("ODS " + goal);
			long expected = records.stream().filter((a) -> a.funding().sdgs().contains(goal)).count();
			assertThat(goals.get(i).select("td").attr("data-value")).as("goal " + goal)
				.isEqualTo(String.valueOf(expected));
		}
		assertThat(goals.get(15).select("td").text()).as("one activity is shown as one").isNotEqualTo("< 5");
		assertThat(goals.get(3).select("td").attr("data-value")).isEqualTo(String.valueOf(listed("/activities?sdg=4")));
		List<Element> types = rows(page, "cooperationType");
		CooperationType[] values = CooperationType.values();
		for (int i = 0; i < values.length; i++) {
			CooperationType type = values[i];
			long expected = records.stream().filter((a) -> a.funding().type() == type).count();
			assertThat(types.get(i).select("td").attr("data-value")).as(type.name())
				.isEqualTo(String.valueOf(expected));
		}
		long untyped = records.stream().filter((a) -> a.funding().type() == null).count();
		assertThat(types).hasSize(values.length + ((untyped > 0) ? 1 : 0));
		assertThat(page.select("figure.chart:not([data-counts=offers]) td.number"))
			.allSatisfy((cell) -> assertThat(cell.hasAttr("data-value")).as(cell.parent().text()).isTrue());
	}

	@Test
	void sumsCommitmentsByYearOfValueDateInEachCurrencyNeverConverted() throws Exception {
		List<ActivityRecord> records = this.activities.records();
		java.util.Map<String, BigDecimal> expected = new java.util.TreeMap<>();
		for (ActivityRecord a : records) {
			a.organisations().stream().filter((o) -> o.commitment() != null).forEach((o) -> {
				LocalDate day = (o.commitment().valueDate() != null) ? o.commitment().valueDate()
						: a.start().firstDay();
				expected.merge(day.getYear() + " " + o.commitment().currency(), o.commitment().amount(),
						BigDecimal::add);
			});
		}
		assertThat(expected.get("2024 USD")).isGreaterThanOrEqualTo(new BigDecimal("1100.00"));
		assertThat(expected).containsKey("2023 EUR");
		String csv = new String(csv("/statistics/committed.csv", "en").getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = csv.substring(1).lines().toList();
		List<String> currencies = List.of(lines.get(0).split(",")).subList(1, lines.get(0).split(",").length);
		assertThat(lines.get(0)).startsWith("Year,");
		java.util.Map<String, BigDecimal> published = new java.util.TreeMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",");
			for (int i = 1; i < fields.length; i++) {
				BigDecimal amount = new BigDecimal(fields[i]);
				if (amount.signum() != 0) {
					published.put(fields[0] + " " + currencies.get(i - 1), amount);
				}
			}
		}
		assertThat(published).isEqualTo(expected);
		Element year = page("es").select("#chart-committed tbody tr[data-label=2024]").first();
		assertThat(year).isNotNull();
		assertThat(year.select("td").get(currencies.indexOf("USD")).attr("data-value"))
			.isEqualTo(expected.get("2024 USD").toPlainString());
	}

	private long listed(String path) throws Exception {
		java.util.regex.Matcher count = java.util.regex.Pattern
			.compile("class=\"result-count\" role=\"status\">(\\d+|Ninguna) activ")
			.matcher(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
		assertThat(count.find()).as(path).isTrue();
		return "Ninguna".equals(count.group(1)) ? 0 : Long.parseLong(count.group(1));
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
		for (Element cell : page.select("figure.chart[data-counts=offers] td.number")) {
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
