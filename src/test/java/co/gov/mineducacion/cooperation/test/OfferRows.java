package co.gov.mineducacion.cooperation.test;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Offers written straight into the database, with exactly the status, dates, assignee and
 * codes a queue test needs (filing an offer through the form cannot backdate it). Every
 * offer gets a fresh filing number and form token.
 */
public final class OfferRows {

	private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * {@code length} random letters from a to f: a word of a test's own, which no other
	 * test's offers contain.
	 */
	public static String randomLetters(int length) {
		StringBuilder letters = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			letters.append((char) ('a' + RANDOM.nextInt(6)));
		}
		return letters.toString();
	}

	private final JdbcTemplate jdbc;

	public OfferRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A staff account (created once per email); returns its id.
	 */
	public long staff(String email, String name) {
		this.jdbc
			.update("INSERT INTO staff_account (email, display_name, role, created_at) VALUES (?, ?, 'STAFF', now()) "
					+ "ON CONFLICT (email) DO NOTHING", email, name);
		return this.jdbc.queryForObject("SELECT id FROM staff_account WHERE email = ?", Long.class, email);
	}

	/**
	 * An offer received now and awaiting the office, changed as {@code spec} says;
	 * returns its filing number.
	 */
	public String offer(UnaryOperator<Spec> spec) {
		Spec offer = spec.apply(new Spec());
		String code = "CO-2026-" + random(4) + "-" + random(4);
		Long id = this.jdbc.queryForObject("""
				INSERT INTO offer (tracking_code, form_token, status, organization_name, sector, country, contact_name,
				    contact_email, preferred_language, title, description, national_scope, received_at, updated_at,
				    assignee_id, response_clock_started_at)
				VALUES (?, ?, ?, ?, ?, 'CO', 'Ana Restrepo', ?, 'es', ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
				code, UUID.randomUUID().toString(), offer.status, offer.organization, offer.sector,
				"contacto+" + code.toLowerCase() + "@example.org", offer.title, offer.description, offer.national,
				java.sql.Timestamp.from(offer.receivedAt), java.sql.Timestamp.from(offer.receivedAt), offer.assigneeId,
				(offer.clockStartedAt != null) ? java.sql.Timestamp.from(offer.clockStartedAt) : null);
		offer.projects.forEach((p) -> this.jdbc
			.update("INSERT INTO offer_strategic_project (offer_id, project_code) VALUES (?, ?)", id, p));
		offer.departments.forEach(
				(d) -> this.jdbc.update("INSERT INTO offer_department (offer_id, divipola_code) VALUES (?, ?)", id, d));
		offer.actionTypes.forEach((a) -> this.jdbc
			.update("INSERT INTO offer_action_type (offer_id, action_type_code) VALUES (?, ?)", id, a));
		return code;
	}

	public List<String> offers(int count, UnaryOperator<Spec> spec) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			codes.add(offer(spec));
		}
		return codes;
	}

	public long version(String code) {
		return this.jdbc.queryForObject("SELECT version FROM offer WHERE tracking_code = ?", Long.class, code);
	}

	public String status(String code) {
		return this.jdbc.queryForObject("SELECT status FROM offer WHERE tracking_code = ?", String.class, code);
	}

	private static String random(int length) {
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < length; i++) {
			value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return value.toString();
	}

	/**
	 * What an offer row holds; defaults to a received offer with its clock started now.
	 */
	public static final class Spec {

		private String status = "RECEIVED";

		private String organization = "Fundación Horizonte";

		private String sector = "NGO";

		private String title = "Laboratorios de ciencias";

		private String description = "Laboratorios para colegios rurales.";

		private boolean national;

		private Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

		private Instant clockStartedAt = this.receivedAt;

		private Long assigneeId;

		private List<String> projects = List.of();

		private List<String> departments = List.of();

		private List<String> actionTypes = List.of("A05");

		/**
		 * The status; the clock stops unless the offer awaits the office.
		 */
		public Spec status(String status) {
			this.status = status;
			if (!status.equals("RECEIVED") && !status.equals("IN_REVIEW")) {
				this.clockStartedAt = null;
			}
			return this;
		}

		public Spec organization(String organization) {
			this.organization = organization;
			return this;
		}

		public Spec sector(String sector) {
			this.sector = sector;
			return this;
		}

		public Spec title(String title) {
			this.title = title;
			return this;
		}

		public Spec description(String description) {
			this.description = description;
			return this;
		}

		public Spec national() {
			this.national = true;
			return this;
		}

		/**
		 * Received on that day in Bogotá (at 10:00), with the clock started then.
		 */
		public Spec receivedOn(LocalDate day) {
			return receivedAt(day.atTime(10, 0).atZone(BOGOTA).toInstant());
		}

		public Spec receivedAt(Instant at) {
			this.receivedAt = at;
			this.clockStartedAt = (this.clockStartedAt != null) ? at : null;
			return this;
		}

		/**
		 * The response clock started on that day in Bogotá (at 10:00).
		 */
		public Spec clockStartedOn(LocalDate day) {
			this.clockStartedAt = day.atTime(10, 0).atZone(BOGOTA).toInstant();
			return this;
		}

		public Spec assignee(Long staffId) {
			this.assigneeId = staffId;
			return this;
		}

		public Spec projects(String... codes) {
			this.projects = List.of(codes);
			return this;
		}

		public Spec departments(String... codes) {
			this.departments = List.of(codes);
			return this;
		}

		public Spec actionTypes(String... codes) {
			this.actionTypes = List.of(codes);
			return this;
		}

	}

}
