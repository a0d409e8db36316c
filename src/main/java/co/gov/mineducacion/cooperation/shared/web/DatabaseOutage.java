package co.gov.mineducacion.cooperation.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting,
 * unreachable, no free connection in time) from any other failure: the first is answered
 * with "try again in a moment", the second is a fault of the portal.
 */
public final class DatabaseOutage {

	/**
	 * PostgreSQL's codes for "the server is shutting down or starting up" (57P01..57P03);
	 * class 08 (connection exception) is matched as a whole.
	 */
	private static final Set<String> SERVER_UNAVAILABLE = Set.of("57P01", "57P02", "57P03");

	private static final String HIKARI_CLOSED = "Connection is closed";

	private DatabaseOutage() {
	}

	/**
	 * Whether {@code failure}, or anything that caused it, says the database could not be
	 * reached.
	 */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof JDBCConnectionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && (isUnavailableState(sql.getSQLState()) || isEvicted(sql))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * HikariCP closes a connection it found broken; rolling back on it then fails with
	 * this message and no SQL state.
	 */
	private static boolean isEvicted(SQLException failure) {
		return failure.getSQLState() == null && HIKARI_CLOSED.equals(failure.getMessage());
	}

	private static boolean isUnavailableState(String state) {
		return state != null && (state.startsWith("08") || SERVER_UNAVAILABLE.contains(state));
	}

}
