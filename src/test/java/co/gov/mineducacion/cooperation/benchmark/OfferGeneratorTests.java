package co.gov.mineducacion.cooperation.benchmark;

import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.test.OwnDatabase;
import co.gov.mineducacion.cooperation.test.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code generate-offers} profile on a database of its own: 2,000 offers that the
 * queue shows and filters, whose rows are as the portal itself would have stored them.
 */
@SpringBootTest(properties = { "portal.generator.offers=2000",
		"portal.generator.staff-password=" + OfferGeneratorTests.PASSWORD, "portal.generator.keep-serving=true" })
@AutoConfigureMockMvc
@ActiveProfiles(OfferGenerator.PROFILE)
class OfferGeneratorTests {

	static final String PASSWORD = "a-benchmark-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfferGenerator generator;

	@Autowired
	PasswordEncoder passwords;

	@DynamicPropertySource
	static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
		OwnDatabase.create("generator").register(registry);
	}

	@Test
	void makesOffersOfEveryStatusSectorAndLanguageWithTheirHistoryAndConsent() {
		assertThat(count("SELECT count(*) FROM offer")).isEqualTo(2000);
		assertThat(values("SELECT DISTINCT status FROM offer")).containsExactlyInAnyOrder("RECEIVED", "IN_REVIEW",
				"MORE_INFORMATION_REQUESTED", "ACCEPTED", "DECLINED", "WITHDRAWN", "CLOSED_AS_DUPLICATE");
		assertThat(values("SELECT DISTINCT sector FROM offer")).containsExactlyInAnyOrder("COMPANY", "NGO",
				"INSTITUTION", "MULTILATERAL", "FOREIGN_GOV");
		assertThat(values("SELECT DISTINCT preferred_language FROM offer")).containsExactlyInAnyOrder("es", "en");
		assertThat(count("SELECT count(*) FROM offer WHERE received_at < now() - interval '4 years'")).isPositive();
		assertThat(count("SELECT count(*) FROM personal_data_consent")).isEqualTo(2000);
		assertThat(count("""
				SELECT count(*) FROM offer o WHERE (SELECT e.kind FROM offer_event e WHERE e.offer_id = o.id
				                                    ORDER BY e.occurred_at, e.id LIMIT 1) <> 'SUBMITTED'
				   OR (SELECT e.new_status FROM offer_event e WHERE e.offer_id = o.id
				       ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) <> o.status""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM offer WHERE (status IN ('RECEIVED', 'IN_REVIEW'))
				                                 <> (response_clock_started_at IS NOT NULL)""")).isZero();
		assertThat(count("SELECT count(*) FROM offer WHERE status = 'CLOSED_AS_DUPLICATE'")).isPositive();
		assertThat(count("""
				SELECT count(*) FROM offer WHERE country = 'CO' AND contact_data_anonymised_at IS NULL
				   AND tax_id !~ '^[89][0-9]{8}-[0-9]$'""")).isZero();
	}

	@Test
	void keepsTheCodesOnEachOfferAsTheTriggersWould() {
		assertThat(count("""
				SELECT count(*) FROM offer o
				WHERE project_codes <> ARRAY(SELECT CAST(p.project_code AS text) FROM offer_strategic_project p
				                             WHERE p.offer_id = o.id ORDER BY 1)
				   OR department_codes <> ARRAY(SELECT CAST(d.divipola_code AS text) FROM offer_department d
				                                WHERE d.offer_id = o.id ORDER BY 1)
				   OR action_type_codes <> ARRAY(SELECT CAST(a.action_type_code AS text) FROM offer_action_type a
				                                 WHERE a.offer_id = o.id ORDER BY 1)
				   OR cardinality(project_codes) = 0 OR cardinality(action_type_codes) = 0
				   OR (cardinality(department_codes) = 0) <> national_scope""")).isZero();
		assertThat(values("""
				SELECT t.tgname FROM pg_trigger t WHERE t.tgname LIKE 'tr_offer_%' AND t.tgenabled = 'D'""")).isEmpty();
		assertThat(count("SELECT count(*) FROM pg_indexes WHERE tablename = 'offer'")).isGreaterThan(20);
	}

	@Test
	void theQueueShowsTheOffersAndItsFiltersFindThem() throws Exception {
		Map<String, Object> newest = this.jdbc
			.sql("SELECT tracking_code, status, project_codes[1] AS project, department_codes[1] AS department "
					+ "FROM offer WHERE cardinality(department_codes) > 0 ORDER BY received_at DESC, id DESC LIMIT 1")
			.query()
			.singleRow();
		String code = (String) newest.get("tracking_code");
		this.mvc.perform(get("/admin/offers").with(SignedIn.staff(GeneratedStaff.FIRST)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		this.mvc
			.perform(get("/admin/offers").param("status", (String) newest.get("status"))
				.param("project", (String) newest.get("project"))
				.param("department", (String) newest.get("department"))
				.with(SignedIn.staff(GeneratedStaff.FIRST)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		this.mvc.perform(get("/admin/offers").param("q", "robótica").with(SignedIn.staff(GeneratedStaff.FIRST)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("obótica")));
	}

	@Test
	void givesTheFirstOfficeMemberTheBenchmarkPassword() {
		String hash = this.jdbc.sql("SELECT password_hash FROM staff_account WHERE email = :email")
			.param("email", GeneratedStaff.FIRST)
			.query(String.class)
			.single();
		assertThat(this.passwords.matches(PASSWORD, hash)).isTrue();
		assertThat(count("SELECT count(DISTINCT assignee_id) FROM offer")).isEqualTo(12);
	}

	@Test
	void refusesADatabaseHoldingOffersItDidNotMake() {
		this.jdbc.sql("""
				INSERT INTO offer (tracking_code, form_token, status, organization_name, sector, country, contact_name,
				                   contact_email, preferred_language, title, description, received_at, updated_at)
				VALUES ('CO-2026-REAL-0FFR', 'a-real-form', 'RECEIVED', 'Fundación Real', 'NGO', 'CO', 'Ana',
				        'ana@example.org', 'es', 'Una oferta real', 'Texto', now(), now())""").update();
		try {
			assertThatIllegalStateException().isThrownBy(() -> this.generator.generate(10, 1, PASSWORD))
				.withMessageContaining("1 offers the generator did not make");
			assertThat(count("SELECT count(*) FROM offer")).isEqualTo(2001);
		}
		finally {
			this.jdbc.sql("DELETE FROM offer WHERE form_token = 'a-real-form'").update();
		}
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private List<String> values(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

}
