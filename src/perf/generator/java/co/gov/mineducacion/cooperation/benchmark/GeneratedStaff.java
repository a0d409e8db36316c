package co.gov.mineducacion.cooperation.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A dozen office members (STAFF role) the generated offers are assigned to. Their emails
 * are at {@code mineducacion.example}, a domain that cannot exist, so they never stand
 * for a real person; the first one gets the benchmark's password to sign in with.
 */
final class GeneratedStaff {

	static final String FIRST = "analista01@mineducacion.example";

	private static final String[] NAMES = { "Ana María Rojas", "Carlos Andrés Gómez", "Luisa Fernanda Díaz",
			"Jorge Iván Restrepo", "Natalia Ospina", "Felipe Castro", "Daniela Moreno", "Santiago Vargas",
			"Paula Andrea Torres", "Sebastián Muñoz", "Camila Herrera", "Mateo Jiménez" };

	private GeneratedStaff() {
	}

	static OfficeStaff ensure(Connection connection, PasswordEncoder encoder, String password, Instant now)
			throws SQLException {
		List<Long> ids = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO staff_account (email, display_name, role, created_at) VALUES (?, ?, 'STAFF', ?)
				ON CONFLICT (email) DO UPDATE SET active = TRUE RETURNING id""")) {
			for (int i = 0; i < NAMES.length; i++) {
				String email = String.format("analista%02d@mineducacion.example", i + 1);
				insert.setString(1, email);
				insert.setString(2, NAMES[i]);
				insert.setTimestamp(3, Timestamp.from(now));
				try (ResultSet row = insert.executeQuery()) {
					row.next();
					ids.add(row.getLong(1));
					emails.add(email);
				}
			}
		}
		try (PreparedStatement update = connection.prepareStatement("""
				UPDATE staff_account SET password_hash = ?, credential_stamp = credential_stamp + 1,
				       failed_sign_ins = 0, locked_until = NULL
				WHERE email = ?""")) {
			update.setString(1, encoder.encode(password));
			update.setString(2, FIRST);
			update.executeUpdate();
		}
		return new OfficeStaff(ids, emails);
	}

}
