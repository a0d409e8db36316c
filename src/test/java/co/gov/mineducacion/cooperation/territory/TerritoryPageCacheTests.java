package co.gov.mineducacion.cooperation.territory;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.AcceptedOfferFixtures;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.test.KeptPages.fromCache;
import static co.gov.mineducacion.cooperation.test.KeptPages.rendered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map is kept for visitors without a session until what it counts changes: an offer
 * accepted in the office is on it at the next visit, an offer only filed is not.
 */
@PortalTest
class TerritoryPageCacheTests {

	private static final Pattern ACCEPTED = Pattern.compile("(ninguna|\\d+) ofertas? aceptadas?");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@BeforeEach
	void startEmpty() {
		Caches.clearAll(this.caches);
	}

	@Test
	void showsAnOfferAcceptedInTheOfficeAtTheNextVisit() throws Exception {
		long before = acceptedInAmazonas(rendered(this.mvc, "/territory?show=ALL"));
		String code = AcceptedOfferFixtures.file(this.mvc, Map.of("departments", "91"));
		assertThat(acceptedInAmazonas(fromCache(this.mvc, "/territory?show=ALL"))).isEqualTo(before);

		AcceptedOfferFixtures.acceptInTheOffice(this.mvc, this.jdbc, code);

		assertThat(acceptedInAmazonas(rendered(this.mvc, "/territory?show=ALL"))).isEqualTo(before + 1);
		fromCache(this.mvc, "/territory?show=ALL");
	}

	private static long acceptedInAmazonas(String page) {
		String label = Jsoup.parse(page).select("svg.map a[data-department=91]").attr("aria-label");
		Matcher accepted = ACCEPTED.matcher(label);
		assertThat(accepted.find()).as(label).isTrue();
		return "ninguna".equals(accepted.group(1)) ? 0 : Long.parseLong(accepted.group(1));
	}

}
