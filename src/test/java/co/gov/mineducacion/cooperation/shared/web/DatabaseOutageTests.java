package co.gov.mineducacion.cooperation.shared.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTests {

	@Test
	void noConnectionInTimeIsAnOutage() {
		SQLTransientConnectionException timeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 1000ms",
				new ConnectException("Connection refused"));
		assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new JDBCConnectionException("Unable to acquire JDBC Connection", timeout))))
			.isTrue();
		assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("no connection", timeout))).isTrue();
	}

	@Test
	void aConnectionLostOrAServerShuttingDownOrStartingUpIsAnOutage() {
		assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
		assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("shutting down", "57P01")))).isTrue();
		assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("starting up", "57P03")))).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedIsAnOutage() {
		assertThat(DatabaseOutage
			.isCause(new JpaSystemException(new RuntimeException(new SQLException("Connection is closed"))))).isTrue();
	}

	@Test
	void otherDatabaseFailuresAreFaultsOfThePortal() {
		assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("syntax error", "42601")))).isFalse();
	}

}
