package co.gov.mineducacion.cooperation.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes loading a million rows take minutes rather than hours, undone before the
 * transaction commits: the offer table's secondary indexes are dropped and built again
 * once at the end (with their exact definitions, read from the catalogue), and the
 * triggers that copy an offer's codes onto its row are paused, since generated rows carry
 * those copies already. Constraints, foreign keys included, stay checked.
 */
final class BulkLoad {

	private static final List<String> CODE_TABLES = List.of("offer_strategic_project", "offer_department",
			"offer_action_type");

	private final Connection connection;

	private final List<String> indexes = new ArrayList<>();

	BulkLoad(Connection connection) {
		this.connection = connection;
	}

	void begin() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String table : CODE_TABLES) {
				statement.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
			}
			List<String> names = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("""
					SELECT i.indexname, i.indexdef FROM pg_indexes i
					WHERE i.schemaname = current_schema() AND i.tablename = 'offer'
					  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
					                  WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
					ORDER BY i.indexname""")) {
				while (rows.next()) {
					names.add(rows.getString(1));
					this.indexes.add(rows.getString(2));
				}
			}
			for (String name : names) {
				statement.execute("DROP INDEX " + name);
			}
		}
	}

	void end() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
			for (String index : this.indexes) {
				statement.execute(index);
			}
			for (String table : CODE_TABLES) {
				statement.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
			}
		}
	}

}
