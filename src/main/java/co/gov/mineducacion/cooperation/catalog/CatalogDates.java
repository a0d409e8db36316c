package co.gov.mineducacion.cooperation.catalog;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * When the catalogue last changed, for the "last updated" date of the pages that show it:
 * the day (Bogotá) of the latest change to a strategic project, a way to cooperate or a
 * kind of cooperator, as the tables' own {@code updated_at} records it.
 */
@Service
public class CatalogDates {

	private final JdbcClient jdbc;

	CatalogDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The day of the catalogue's latest change.
	 */
	public LocalDate catalogue() {
		return this.jdbc.sql("""
				SELECT (greatest((SELECT max(updated_at) FROM strategic_project),
				                 (SELECT max(updated_at) FROM action_type),
				                 (SELECT max(updated_at) FROM cooperator_sector)) AT TIME ZONE 'America/Bogota')::date
				""").query(LocalDate.class).optional().orElse(null);
	}

	/**
	 * The day of a project's latest change, or {@code null} when there is no such
	 * project.
	 */
	public LocalDate project(String code) {
		return this.jdbc.sql("""
				SELECT (updated_at AT TIME ZONE 'America/Bogota')::date FROM strategic_project WHERE code = :code
				""").param("code", code).query(LocalDate.class).optional().orElse(null);
	}

}
