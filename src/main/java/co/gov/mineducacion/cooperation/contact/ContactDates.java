package co.gov.mineducacion.cooperation.contact;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * When the contact channels last changed (a channel added, edited, retired or restored),
 * for the "last updated" date of the pages that show them.
 */
@Service
public class ContactDates {

	private final JdbcClient jdbc;

	ContactDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The day (Bogotá) of the channels' latest change.
	 */
	public LocalDate channels() {
		return this.jdbc.sql("SELECT (max(updated_at) AT TIME ZONE 'America/Bogota')::date FROM contact_channel")
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

}
