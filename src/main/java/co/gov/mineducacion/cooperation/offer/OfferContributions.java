package co.gov.mineducacion.cooperation.offer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What accepted offers contribute, for the office's contribution certificates: one query
 * over the offer's own columns, so that certificates read no other status and no personal
 * data.
 */
@Service
@Transactional(readOnly = true)
public class OfferContributions {

	private final JdbcClient jdbc;

	OfferContributions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The contribution of the offer with this filing number, if the office accepted it.
	 */
	public Optional<OfferContribution> accepted(String trackingCode) {
		return this.jdbc.sql("""
				SELECT o.tracking_code, o.organization_name, o.title, o.contribution_kind, o.start_date, o.end_date,
				    o.estimated_value, o.currency,
				    (SELECT max(e.occurred_at) FROM offer_event e WHERE e.offer_id = o.id AND e.kind = 'ACCEPTED')
				        AS accepted_at,
				    ARRAY(SELECT a.action_type_code FROM offer_action_type a WHERE a.offer_id = o.id ORDER BY 1)
				        AS action_types
				FROM offer o WHERE o.tracking_code = :code AND o.status = 'ACCEPTED'""")
			.param("code", trackingCode)
			.query(OfferContributions::contribution)
			.optional();
	}

	private static OfferContribution contribution(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("contribution_kind");
		String currency = rs.getString("currency");
		Timestamp accepted = rs.getTimestamp("accepted_at");
		return new OfferContribution(rs.getString("tracking_code"), rs.getString("organization_name"),
				rs.getString("title"), (kind != null) ? ContributionKind.valueOf(kind) : null,
				codes(rs.getArray("action_types")), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getBigDecimal("estimated_value"),
				(currency != null) ? OfferCurrency.valueOf(currency) : null,
				(accepted != null) ? accepted.toInstant() : null);
	}

	private static List<String> codes(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
