package co.gov.mineducacion.cooperation.offer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.shared.security.PortalCsrfTokens;
import co.gov.mineducacion.cooperation.test.PortalTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A cooperator who files an offer never gets a session row: the form's CSRF token is in a
 * signed cookie, and the filing number travels to the confirmation page in a signed,
 * short-lived cookie that the page clears. A cookie the portal did not sign shows
 * nothing.
 */
@PortalTest
class ConfirmationWithoutSessionTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String FLASH_COOKIE = "portal-flash";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void asAVisitor() {
		TestSecurityContextHolder.clearContext();
		PortalCsrfTokens.restore(this.context);
	}

	@Test
	void theFilingNumberReachesTheConfirmationInASignedCookieAndNoSessionRowIsWritten() throws Exception {
		int sessionsBefore = sessionRows();
		MockHttpServletResponse form = this.mvc.perform(get("/offers/new")).andReturn().getResponse();
		Cookie csrfCookie = form.getCookie("portal-csrf");
		Matcher token = CSRF_FIELD.matcher(form.getContentAsString());
		assertThat(token.find()).isTrue();

		String email = uniqueEmail();
		MockHttpServletResponse filed = this.mvc
			.perform(validOffer(post("/offers"), email).param("_csrf", token.group(1))
				.cookie(csrfCookie)
				.with(fromNewClient()))
			.andReturn()
			.getResponse();
		assertThat(filed.getStatus()).isEqualTo(303);
		assertThat(filed.getCookie("SESSION")).isNull();
		Cookie flash = filed.getCookie(FLASH_COOKIE);
		assertThat(flash).isNotNull();
		assertThat(flash.isHttpOnly()).isTrue();
		assertThat(filed.getHeaders(HttpHeaders.SET_COOKIE))
			.anySatisfy((header) -> assertThat(header).startsWith(FLASH_COOKIE + "=").contains("SameSite=Lax"));

		String code = this.jdbc.queryForObject("SELECT tracking_code FROM offer WHERE contact_email = ?", String.class,
				email);
		MockHttpServletResponse confirmation = this.mvc.perform(get("/offers/submitted").cookie(flash))
			.andReturn()
			.getResponse();
		assertThat(confirmation.getContentAsString()).contains(code);
		assertThat(confirmation.getCookie(FLASH_COOKIE)).as("cleared once shown").isNotNull();
		assertThat(confirmation.getCookie(FLASH_COOKIE).getMaxAge()).isZero();
		assertThat(confirmation.getCookie("SESSION")).isNull();
		assertThat(sessionRows()).isLessThanOrEqualTo(sessionsBefore);
	}

	@Test
	void aFlashCookieThePortalDidNotSignShowsNoFilingNumber() throws Exception {
		Cookie forged = new Cookie(FLASH_COOKIE,
				"W3sicGF0aCI6Ii9vZmZlcnMvc3VibWl0dGVkIiwiYXR0cmlidXRlcyI6eyJ0cmFja2luZ0NvZGUiOiJDTy0yMDI2LUZBS0UtQ09ERSJ9fV0.bm8tZmlybWFkbw");
		MockHttpServletResponse confirmation = this.mvc.perform(get("/offers/submitted").cookie(forged))
			.andReturn()
			.getResponse();
		assertThat(confirmation.getStatus()).isEqualTo(200);
		assertThat(confirmation.getContentAsString()).doesNotContain("CO-2026-FAKE-CODE")
			.doesNotContain("class=\"tracking-code\"");
	}

	private int sessionRows() {
		return this.jdbc.queryForObject("SELECT count(*) FROM spring_session", Integer.class);
	}

}
