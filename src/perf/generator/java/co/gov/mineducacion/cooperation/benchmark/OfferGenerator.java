package co.gov.mineducacion.cooperation.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import co.gov.mineducacion.cooperation.site.PrivacyNotice;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Fills the database with generated offers in one transaction, so that a failed run
 * leaves nothing behind. It refuses a database holding offers it did not make; offers it
 * made before are replaced.
 */
@Service
@Profile(OfferGenerator.PROFILE)
class OfferGenerator {

	static final String PROFILE = "generate-offers";

	private static final Logger logger = LoggerFactory.getLogger(OfferGenerator.class);

	private static final int BATCH = 5_000;

	private final DataSource dataSource;

	private final PasswordEncoder passwords;

	private final PrivacyNotice notice;

	private final Clock clock;

	OfferGenerator(DataSource dataSource, PasswordEncoder passwords, PrivacyNotice notice, Clock clock) {
		this.dataSource = dataSource;
		this.passwords = passwords;
		this.notice = notice;
		this.clock = clock;
	}

	/**
	 * Makes {@code count} offers from {@code seed}; the first generated office member
	 * gets {@code staffPassword}. Returns how long it took.
	 */
	Duration generate(int count, long seed, String staffPassword) throws SQLException {
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				refuseOffersMadeElsewhere(statement);
				statement.executeUpdate(
						"DELETE FROM offer WHERE form_token LIKE '" + GeneratedOffer.FORM_TOKEN_PREFIX + "%'");
				OfficeStaff staff = GeneratedStaff.ensure(connection, this.passwords, staffPassword, now);
				OfferHistories histories = new OfferHistories(staff, now, retentionMonths(statement));
				long firstId = single(statement, "SELECT nextval(pg_get_serial_sequence('offer', 'id'))");
				RandomOffers offers = new RandomOffers(seed, count, firstId, now, codes(statement), histories);
				OfferTables tables = new OfferTables(connection.unwrap(PGConnection.class).getCopyAPI(),
						this.notice.version(), Map.of("es", this.notice.sha256(Locale.forLanguageTag("es")), "en",
								this.notice.sha256(Locale.ENGLISH)));
				BulkLoad load = new BulkLoad(connection);
				load.begin();
				write(offers, tables, count);
				logger.info("Rows written in {} s; building the indexes again", seconds(started));
				load.end();
				statement
					.execute("SELECT setval(pg_get_serial_sequence('offer', 'id'), " + (firstId + count - 1) + ")");
			}
			connection.commit();
			logger.info("Committed after {} s; vacuuming and analysing", seconds(started));
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("VACUUM (ANALYZE) offer, offer_event, offer_strategic_project, offer_department, "
						+ "offer_action_type, personal_data_consent, staff_account");
			}
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static void write(RandomOffers offers, OfferTables tables, int count) throws SQLException {
		List<GeneratedOffer> batch = new ArrayList<>(BATCH);
		int written = 0;
		while (offers.hasNext()) {
			batch.add(offers.next());
			if (batch.size() == BATCH || !offers.hasNext()) {
				tables.write(batch);
				written += batch.size();
				batch.clear();
				if (written % 100_000 == 0) {
					logger.info("{} of {} offers written", written, count);
				}
			}
		}
	}

	private static void refuseOffersMadeElsewhere(Statement statement) throws SQLException {
		long others = single(statement,
				"SELECT count(*) FROM offer WHERE form_token NOT LIKE '" + GeneratedOffer.FORM_TOKEN_PREFIX + "%'");
		if (others > 0) {
			throw new IllegalStateException("This database holds " + others + " offers the generator did not make: "
					+ "it generates offers only into a database of its own");
		}
	}

	private static ReferenceCodes codes(Statement statement) throws SQLException {
		return new ReferenceCodes(list(statement, "SELECT code FROM strategic_project WHERE NOT retired ORDER BY code"),
				list(statement, "SELECT divipola_code FROM department ORDER BY divipola_code"),
				list(statement, "SELECT code FROM action_type ORDER BY code"));
	}

	private static int retentionMonths(Statement statement) throws SQLException {
		return (int) single(statement,
				"SELECT coalesce(max(contact_retention_months), 24) FROM data_protection_setting");
	}

	private static List<String> list(Statement statement, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static long seconds(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
	}

}
