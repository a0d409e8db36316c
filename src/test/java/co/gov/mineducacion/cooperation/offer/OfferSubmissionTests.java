package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class OfferSubmissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void opensTheFormWithTheProjectAndWayToCooperatePreselected() throws Exception {
		this.mvc.perform(get("/offers/new?project=SUP-PER-03&action=A05"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(matchesPattern(
					"(?s).*value=\"SUP-PER-03\" id=\"strategicProjects\\d+\" name=\"strategicProjects\" checked=\"checked\".*"),
					matchesPattern(
							"(?s).*value=\"A05\" id=\"actionTypes\\d+\" name=\"actionTypes\" checked=\"checked\".*"),
					containsString("name=\"formToken\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void checksTheNitOfColombianOrganisationsOnly() throws Exception {
		this.mvc
			.perform(validOffer(post("/offers"), uniqueEmail(), "taxId", "899999001-3").param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "taxId", "Nit"));
		this.mvc
			.perform(validOffer(post("/offers"), uniqueEmail(), "country", "ES", "taxId", "B12345678")
				.param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isOk())
			.andExpect(view().name("offer/review"));
	}

	@Test
	void refusesAnEndBeforeTheStartANegativeValueAndAValueWithoutCurrency() throws Exception {
		this.mvc
			.perform(validOffer(post("/offers"), uniqueEmail(), "endDate", "2027-01-01", "estimatedValue", "-5")
				.param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "endDate", "BeforeStart"))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "estimatedValue", "DecimalMin"));
		this.mvc
			.perform(validOffer(post("/offers"), uniqueEmail(), "currency", "").param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "currency", "Required"));
	}

	@Test
	void refusesCodesThatAreNotInTheCatalogue() throws Exception {
		this.mvc
			.perform(validOffer(post("/offers"), uniqueEmail(), "sector", "PIRATES", "actionTypes", "A99",
					"strategicProjects", "NOPE-01", "departments", "00")
				.param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "sector", "Unknown"))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "actionTypes", "Unknown"))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "strategicProjects", "Unknown"))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "departments", "Unknown"));
	}

	@Test
	void showsWhatWillBeSentBeforeStoringAnything() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(validOffer(post("/offers"), email).param("step", "review").with(csrf()).with(fromNewClient()))
			.andExpect(status().isOk())
			.andExpect(view().name("offer/review"))
			.andExpect(content().string(allOf(containsString("Laboratorios de bilingüismo para docentes rurales"),
					containsString("Fomento del bilingüismo en la educación superior"), containsString("Antioquia"),
					containsString("name=\"step\" value=\"confirm\""))));
		assertThat(offersFrom(email)).isZero();
	}

	@Test
	void filesTheOfferWithAFilingNumberAndRedirectsToTheConfirmation() throws Exception {
		String email = uniqueEmail();
		MvcResult result = this.mvc.perform(validOffer(post("/offers"), email).with(csrf()).with(fromNewClient()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/offers/submitted"))
			.andExpect(flash().attribute("trackingCode", matchesPattern("CO-\\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")))
			.andReturn();
		String code = (String) result.getFlashMap().get("trackingCode");
		assertThat(this.jdbc.queryForObject("SELECT status FROM offer WHERE tracking_code = ?", String.class, code))
			.isEqualTo("RECEIVED");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM offer_action_type a JOIN offer o ON o.id = a.offer_id WHERE o.tracking_code = ?",
				Integer.class, code))
			.isEqualTo(2);
		assertThat(
				this.jdbc
					.queryForObject(
							"SELECT c.notice_version || ':' || length(c.notice_sha256) FROM personal_data_consent c "
									+ "JOIN offer o ON o.id = c.offer_id WHERE o.tracking_code = ?",
							String.class, code))
			.isEqualTo("1:64");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE recipient = ?", Integer.class,
				email))
			.isEqualTo(1);
		this.mvc.perform(get("/offers/submitted").cookie(result.getResponse().getCookies()))
			.andExpect(content().string(containsString(code)));
	}

	@Test
	void aDoubleSubmitOfTheSameFormFilesOneOffer() throws Exception {
		String email = uniqueEmail();
		var request = validOffer(post("/offers"), email, "formToken", "6f1d2c3b-0000-4000-8000-00000000abcd")
			.with(csrf())
			.with(fromNewClient());
		String first = (String) this.mvc.perform(request).andReturn().getFlashMap().get("trackingCode");
		String second = (String) this.mvc.perform(request).andReturn().getFlashMap().get("trackingCode");
		assertThat(second).isEqualTo(first);
		assertThat(offersFrom(email)).isEqualTo(1);
	}

	@Test
	void refusesWhatABotFillsInTheHiddenField() throws Exception {
		String email = uniqueEmail();
		this.mvc
			.perform(validOffer(post("/offers"), email, "address", "http://spam.example").with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isBadRequest());
		assertThat(offersFrom(email)).isZero();
	}

	@Test
	void limitsHowManyOffersOneAddressFilesPerHour() throws Exception {
		var client = fromNewClient();
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(validOffer(post("/offers"), uniqueEmail()).with(csrf()).with(client))
				.andExpect(status().isSeeOther());
		}
		this.mvc.perform(validOffer(post("/offers"), uniqueEmail()).with(csrf()).with(client))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void refusesAPostWithoutCsrfToken() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(validOffer(post("/offers"), email).with(fromNewClient())).andExpect(status().isForbidden());
		assertThat(offersFrom(email)).isZero();
	}

	@Test
	void keepsTheDocumentsWithTheOfferTypedByTheirContent() throws Exception {
		String email = uniqueEmail();
		String token = java.util.UUID.randomUUID().toString();
		this.mvc
			.perform(validOffer(multipart("/offers"), email, "formToken", token).file(pdf("propuesta.pdf"))
				.file(new MockMultipartFile("attachments", "logo.pdf", "application/pdf", Documents.png()))
				.param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(view().name("offer/review"))
			.andExpect(content().string(allOf(containsString("propuesta.pdf"), containsString("logo.png"))));
		this.mvc.perform(validOffer(post("/offers"), email, "formToken", token).with(csrf()).with(fromNewClient()))
			.andExpect(status().isSeeOther());
		assertThat(this.jdbc.queryForList(
				"SELECT a.file_name || ' ' || a.media_type FROM offer_attachment a JOIN offer o ON o.id = a.offer_id "
						+ "WHERE o.contact_email = ? ORDER BY a.id",
				String.class, email))
			.containsExactly("propuesta.pdf application/pdf", "logo.png image/png");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM staged_upload WHERE form_token = ?", Integer.class,
				token))
			.isZero();
	}

	@Test
	void refusesADisguisedExecutableWithAClearMessageAndStoresNothing() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(validOffer(multipart("/offers"), email)
			.file(new MockMultipartFile("attachments", "factura.pdf", "application/pdf", Documents.windowsExecutable()))
			.with(csrf())
			.with(fromNewClient()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(containsString("El archivo factura.pdf no es un PDF, DOCX, XLSX, PNG o JPEG válido.")))
			.andExpect(content().string(containsString("debe volver a elegirlos")));
		assertThat(offersFrom(email)).isZero();
	}

	@Test
	void refusesMoreThanThreeDocuments() throws Exception {
		this.mvc
			.perform(validOffer(multipart("/offers"), uniqueEmail()).file(pdf("1.pdf"))
				.file(pdf("2.pdf"))
				.file(pdf("3.pdf"))
				.file(pdf("4.pdf"))
				.param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "attachments", "TooMany"));
	}

	@Test
	void escapesScriptsTypedIntoTheFormOnTheReviewPage() throws Exception {
		String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		this.mvc
			.perform(validOffer(post("/offers"), uniqueEmail(), "organizationName", payload, "title", payload,
					"description", payload)
				.param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
	}

	@Test
	void warnsTheSubmitterOfOffersAlreadyReceivedFromTheirOrganisation() throws Exception {
		String email = uniqueEmail();
		this.mvc
			.perform(validOffer(post("/offers"), email, "title", "Bibliotecas escolares en La Guajira").with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isSeeOther());
		this.mvc.perform(validOffer(post("/offers"), email).param("step", "review").with(csrf()).with(fromNewClient()))
			.andExpect(content().string(allOf(containsString("Ya recibimos ofertas parecidas de su organización"),
					containsString("Bibliotecas escolares en La Guajira"))));
	}

	private MockMultipartFile pdf(String name) {
		return new MockMultipartFile("attachments", name, "application/pdf", Documents.pdf());
	}

	private int offersFrom(String email) {
		return this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE contact_email = ?", Integer.class, email);
	}

}
