package co.gov.mineducacion.cooperation.activity;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * When the activities last changed, for the "last updated" date of the pages that show
 * them: the day (Bogotá) of an activity's {@code updated_at}, which every change to it,
 * its targets or its progress moves.
 */
@Service
public class ActivityDates {

	private final JdbcClient jdbc;

	ActivityDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The day of the latest change to any activity, or {@code null} when there is none.
	 */
	public LocalDate activities() {
		return this.jdbc.sql("SELECT (max(updated_at) AT TIME ZONE 'America/Bogota')::date FROM activity")
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The day of an activity's latest change, or {@code null} when there is no such
	 * activity.
	 */
	LocalDate activity(String slug) {
		return this.jdbc.sql("SELECT (updated_at AT TIME ZONE 'America/Bogota')::date FROM activity WHERE slug = :slug")
			.param("slug", slug)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

}
