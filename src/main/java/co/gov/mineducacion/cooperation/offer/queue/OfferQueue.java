package co.gov.mineducacion.cooperation.offer.queue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's queue, read straight from SQL so that it stays fast at a million offers:
 * pages by keyset (after or before an offer, or from either end), counts capped, and the
 * whole filtered queue streamed row by row for exports.
 * <p>
 * Full-text search needs care: the planner cannot know how many offers a word matches,
 * and a wrong guess either walks the whole table in sort order looking for a rare word or
 * sorts hundreds of thousands of matches of a common one. So the page is first looked for
 * among the next {@value #WINDOW} offers in sort order, which finds it whenever the words
 * are common, and otherwise through the full-text index.
 */
@Service
public class OfferQueue {

	static final int COUNT_CAP = 10_000;

	static final int TEXT_COUNT_CAP = 1_000;

	static final int WINDOW = 2_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	OfferQueue(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		// Inside a transaction, PostgreSQL's driver then reads through a cursor instead
		// of
		// holding every row in memory.
		cursor.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
	}

	/**
	 * One page of the filtered queue in the given order, starting at {@code position}.
	 */
	@Transactional(readOnly = true)
	public QueueSlice slice(QueueFilter filter, QueueSort sort, boolean descending, QueuePosition position, int size) {
		QueueQuery query = new QueueQuery(filter);
		query.params().addValue("limit", size + 1).addValue("window", WINDOW);
		boolean keyset = position.trackingCode() != null && boundary(sort, position.trackingCode(), query.params());
		QueuePosition.Kind kind = (position.trackingCode() != null && !keyset) ? QueuePosition.Kind.FIRST
				: position.kind();
		boolean backwards = kind == QueuePosition.Kind.BEFORE || kind == QueuePosition.Kind.LAST;
		Read read = read(query, sort, descending != backwards, keyset, size);
		boolean more = read.rows().size() > size;
		if (kind == QueuePosition.Kind.BEFORE && !more) {
			// Back at the start: show a full first page rather than its tail.
			return slice(filter, sort, descending, QueuePosition.first(), size);
		}
		List<QueueRow> rows = new ArrayList<>(read.rows().subList(0, Math.min(size, read.rows().size())));
		if (backwards) {
			Collections.reverse(rows);
		}
		long cap = (query.searchesText() && read.plan() == Plan.FREE) ? TEXT_COUNT_CAP : COUNT_CAP;
		// A page read from either end that holds every match already says how many there
		// are.
		boolean everything = !more && (kind == QueuePosition.Kind.FIRST || kind == QueuePosition.Kind.LAST);
		long count = everything ? rows.size() : countUpTo(query, cap + 1);
		boolean hasPrevious = switch (kind) {
			case FIRST -> false;
			case AFTER -> true;
			case BEFORE, LAST -> more;
		};
		boolean hasNext = switch (kind) {
			case FIRST, AFTER -> more;
			case BEFORE -> true;
			case LAST -> false;
		};
		return new QueueSlice(rows, hasPrevious, hasNext, Math.min(count, cap), count <= cap);
	}

	/**
	 * Hands every offer of the filtered queue, in order, to {@code sink}, reading through
	 * a cursor so that memory stays flat however many there are; returns how many.
	 */
	@Transactional(readOnly = true)
	public long export(QueueFilter filter, QueueSort sort, boolean descending, Consumer<QueueRow> sink) {
		QueueQuery query = new QueueQuery(filter);
		plan(Plan.FREE);
		long[] count = { 0 };
		this.streaming.query(query.all(sort, descending), query.params(), (rs) -> {
			sink.accept(QueueQuery.row(rs, (int) count[0]));
			count[0]++;
		});
		return count[0];
	}

	/**
	 * Up to {@code size + 1} rows in the given order. A text search first looks among the
	 * next {@value #WINDOW} offers in that order, then, when its words are too rare to
	 * fill the page there, through the indexes only.
	 */
	private Read read(QueueQuery query, QueueSort sort, boolean descending, boolean keyset, int size) {
		plan(Plan.FREE);
		if (!query.searchesText()) {
			return new Read(rows(query.page(sort, descending, keyset), query.params()), Plan.FREE);
		}
		List<QueueRow> inWindow = rows(query.pageInWindow(sort, descending, keyset), query.params());
		if (inWindow.size() > size) {
			return new Read(inWindow, Plan.FREE);
		}
		plan(Plan.BITMAP);
		return new Read(rows(query.page(sort, descending, keyset), query.params()), Plan.BITMAP);
	}

	private List<QueueRow> rows(String sql, MapSqlParameterSource params) {
		return this.jdbc.query(sql, params, QueueQuery::row);
	}

	private long countUpTo(QueueQuery query, long cap) {
		Long count = this.jdbc.queryForObject(query.countUpTo(), query.params().addValue("cap", cap), Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Puts the sort key and id of the offer with this filing number into the parameters;
	 * false when there is no such offer.
	 */
	private boolean boundary(QueueSort sort, String trackingCode, MapSqlParameterSource params) {
		List<Map<String, Object>> found = this.jdbc.queryForList(QueueQuery.boundary(sort),
				Map.of("boundaryCode", trackingCode));
		if (found.isEmpty()) {
			return false;
		}
		params.addValue("boundaryKey", found.get(0).get("sort_key")).addValue("boundaryId", found.get(0).get("id"));
		return true;
	}

	private void plan(Plan plan) {
		this.jdbc.getJdbcOperations()
			.queryForList(
					"SELECT set_config('jit', 'off', true), "
							+ "set_config('plan_cache_mode', 'force_custom_plan', true), "
							+ "set_config('enable_seqscan', ?, true), set_config('enable_indexscan', ?, true), "
							+ "set_config('enable_indexonlyscan', ?, true)",
					plan.seqAndIndexScans, plan.seqAndIndexScans, plan.seqAndIndexScans);
	}

	private record Read(List<QueueRow> rows, Plan plan) {
	}

	/**
	 * How the planner may read the offers. Settings last until the transaction ends; JIT
	 * compilation (tens of milliseconds) never pays off for a page, and plans are always
	 * made for the actual values, since how many offers match is the whole question.
	 */
	private enum Plan {

		/** The planner's own choice. */
		FREE("on"),

		/** Through indexes into a bitmap only: never a walk over the table. */
		BITMAP("off");

		final String seqAndIndexScans;

		Plan(String seqAndIndexScans) {
			this.seqAndIndexScans = seqAndIndexScans;
		}

	}

}
