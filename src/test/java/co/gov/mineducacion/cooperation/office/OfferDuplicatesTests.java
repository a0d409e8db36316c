package co.gov.mineducacion.cooperation.office;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.WithStaff;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Possible duplicates of an offer, and closing one as a duplicate of its original: the
 * submitter is told the original's filing number only when it is theirs too.
 */
@PortalTest
@WithStaff
class OfferDuplicatesTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final Pattern STATUS_LINK = Pattern.compile("http://localhost:8080(/offers/status/\\S+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	OfficeFixtures fixtures;

	@BeforeEach
	void staffAccount() {
		this.fixtures = new OfficeFixtures(this.mvc, this.jdbc);
		this.fixtures.staffAccount("analista@mineducacion.gov.co", "Analista de Prueba", true);
	}

	@Test
	void listsOffersWithTheSameTaxIdEmailOrASimilarTitleButNotItselfOrUnrelatedOnes() throws Exception {
		String email = OfficeFixtures.uniqueEmail();
		String sameEmail = this.fixtures.fileOffer("Comedores escolares en La Guajira", "contactEmail", email);
		String sameTaxId = this.fixtures.fileOffer("Dotación de laboratorios", "taxId", "900123456-8");
		String similarTitle = this.fixtures.fileOffer("Programa de comedores escolares en la Guajira");
		String unrelated = this.fixtures.fileOffer("Becas de posgrado en ingeniería aeroespacial");
		String code = this.fixtures.fileOffer("Comedores escolares en La Guajira 2027", "contactEmail", email, "taxId",
				"900123456-8");
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(">" + sameEmail + "</a>"), containsString(">" + sameTaxId + "</a>"),
						containsString(">" + similarTitle + "</a>"), not(containsString(">" + unrelated + "</a>")),
						not(containsString(">" + code + "</a>")), containsString("Mismo correo de contacto"),
						containsString("Mismo NIT o identificación"), containsString("Título u organización parecidos"),
						containsString("?original=" + sameEmail + "#close-as-duplicate"))));
	}

	@Test
	void closesAnOfferAsADuplicateOfTheSameSubmittersOriginalAndTellsThemItsNumber() throws Exception {
		String email = OfficeFixtures.uniqueEmail();
		String original = this.fixtures.fileOffer("Huertas escolares en el Cauca", "contactEmail", email);
		String code = this.fixtures.fileOffer("Huertas escolares en el Cauca", "contactEmail", email);
		this.mvc.perform(get("/admin/offers/" + code).param("original", original))
			.andExpect(
					content().string(allOf(containsString("<details id=\"close-as-duplicate\" class=\"decision\" open"),
							containsString("name=\"original\" value=\"" + original + "\""))));
		this.mvc
			.perform(post("/admin/offers/" + code + "/close-as-duplicate").param("version", this.fixtures.version(code))
				.param("original", original.toLowerCase())
				.param("subject", "Su oferta de cooperación ya está registrada")
				.param("message", "Esta oferta repite otra que ya recibimos; seguiremos con la original.")
				.with(csrf()))
			.andExpect(flash().attribute("notice", "office.offer.done.close-as-duplicate"));
		assertThat(this.fixtures.statusOf(code)).isEqualTo("CLOSED_AS_DUPLICATE");
		assertThat(
				this.jdbc.queryForObject("SELECT d.tracking_code FROM offer o JOIN offer d ON d.id = o.duplicate_of_id "
						+ "WHERE o.tracking_code = ?", String.class, code))
			.isEqualTo(original);
		String text = OfficeFixtures.text(OfficeFixtures.awaitEmail(smtp, email, 3));
		assertThat(text).contains("Esta oferta repite otra que ya recibimos",
				"La oferta original, que seguiremos tramitando, es la de número de radicado " + original);
		assertThat(this.fixtures.audit(code)).containsExactly("offer.status-changed | RECEIVED → CLOSED_AS_DUPLICATE");
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("Cerrada por estar duplicada"),
					containsString("Duplicada de"), not(containsString("id=\"actions-title\"")))));

		String statusPage = statusLinkIn(text);
		this.mvc.perform(get(statusPage).with(anonymous()))
			.andExpect(content().string(allOf(containsString("Cerrada por estar duplicada"),
					containsString("repite su oferta " + original))));
		this.mvc.perform(get(statusPage).param("lang", "en").with(anonymous()))
			.andExpect(content().string(allOf(containsString("Closed as a duplicate"),
					containsString("it repeats your offer " + original))));
	}

	@Test
	void neverTellsASubmitterAnotherPersonsFilingNumber() throws Exception {
		String original = this.fixtures.fileOffer("Bibliotecas escolares en Nariño", "taxId", "800555444-0");
		String code = this.fixtures.fileOffer("Bibliotecas escolares en Nariño", "taxId", "800555444-0",
				"preferredLanguage", "en");
		String email = this.fixtures.emailOf(code);
		this.mvc
			.perform(post("/admin/offers/" + code + "/close-as-duplicate").param("version", this.fixtures.version(code))
				.param("original", original)
				.param("message", "This offer repeats one we have already received from your organisation.")
				.with(csrf()))
			.andExpect(flash().attribute("notice", "office.offer.done.close-as-duplicate"));
		String text = OfficeFixtures.text(OfficeFixtures.awaitEmail(smtp, email, 2));
		assertThat(text).contains("This offer repeats one we have already received", "Closed as a duplicate")
			.doesNotContain(original);
		this.mvc.perform(get(statusLinkIn(text)).param("lang", "en").with(anonymous()))
			.andExpect(content().string(allOf(containsString("Closed as a duplicate"),
					containsString("it repeats one we had already received"), not(containsString(original)))));
	}

	@Test
	void refusesAnOriginalThatIsUnknownTheOfferItselfOrAnotherDuplicate() throws Exception {
		String code = this.fixtures.fileOffer("Tabletas para docentes");
		String duplicate = this.fixtures.fileOffer("Tabletas");
		String original = this.fixtures.fileOffer("Tabletas originales");
		this.mvc.perform(post("/admin/offers/" + duplicate + "/close-as-duplicate")
			.param("version", this.fixtures.version(duplicate))
			.param("original", original)
			.param("message", "Repetida.")
			.with(csrf()));
		assertThat(closeAgainst(code, "CO-2026-2222-2222")).contains("No hay ninguna oferta con ese número de radicado",
				"id=\"original-error\"", "aria-invalid=\"true\"", "Repetida porque sí.</textarea>");
		assertThat(closeAgainst(code, code)).contains("Una oferta no puede ser duplicada de sí misma");
		assertThat(closeAgainst(code, duplicate)).contains("Esa oferta también se cerró por duplicada");
		assertThat(closeAgainst(code, "")).contains("Escriba el número de radicado de la oferta original");
		assertThat(this.fixtures.statusOf(code)).isEqualTo("RECEIVED");
		assertThat(this.fixtures.audit(code)).isEmpty();
	}

	private String closeAgainst(String code, String original) throws Exception {
		return this.mvc
			.perform(post("/admin/offers/" + code + "/close-as-duplicate").param("version", this.fixtures.version(code))
				.param("original", original)
				.param("message", "Repetida porque sí.")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String statusLinkIn(String text) {
		Matcher matcher = STATUS_LINK.matcher(text);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
