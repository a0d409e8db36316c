package co.gov.mineducacion.cooperation.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.text.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a query in a set of documents with PostgreSQL full-text search, in one
 * parameterised statement: the documents' words are stemmed in the visitor's language
 * with accents ignored (the configurations of migration V35), matched against
 * {@code websearch_to_tsquery} (which accepts anything typed), ranked with
 * {@code ts_rank} (a title's words weigh ten times a text's) and highlighted with
 * {@code ts_headline}.
 * <p>
 * Whole words come first: only when no document has them does the search fall back to
 * word beginnings ("bilingu" finds "Bilingüismo"), so a precise search stays precise.
 */
@Component
class FullTextSearch {

	/** Enough for every kind of result; the corpus is a few dozen documents. */
	static final int LIMIT = 100;

	private static final String MARKERS = "StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP;

	private static final String TITLE_OPTIONS = "HighlightAll=true, " + MARKERS;

	private static final String SNIPPET_OPTIONS = "MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=3, "
			+ "FragmentDelimiter=\" … \", " + MARKERS;

	private static final String QUERY = """
			WITH given AS (
			    SELECT CAST(:language AS regconfig) AS language,
			           CAST('site_search_words' AS regconfig) AS words
			), query AS (
			    SELECT given.*, websearch_to_tsquery(given.language, :text) AS stems,
			           to_tsquery(given.words, :beginnings) AS beginnings
			    FROM given
			), document AS (
			    SELECT d.kind, d.href, d.title, d.body, d.position,
			           setweight(to_tsvector(q.language, d.title), 'A')
			        || setweight(to_tsvector(q.language, d.body), 'D') AS stems,
			           setweight(to_tsvector(q.words, d.title), 'A')
			        || setweight(to_tsvector(q.words, d.body), 'D') AS words
			    FROM unnest(CAST(:kinds AS text[]), CAST(:hrefs AS text[]), CAST(:titles AS text[]),
			                CAST(:bodies AS text[])) WITH ORDINALITY AS d (kind, href, title, body, position)
			    CROSS JOIN query q
			), matched AS (
			    SELECT d.*, d.stems @@ q.stems AS whole,
			           CASE WHEN d.stems @@ q.stems THEN ts_rank(d.stems, q.stems)
			                ELSE ts_rank(d.words, q.beginnings) END AS rank
			    FROM document d CROSS JOIN query q
			    -- Beginnings only for a query with words: not for one of stop words alone ("de la").
			    WHERE d.stems @@ q.stems OR (numnode(q.stems) > 0 AND d.words @@ q.beginnings)
			), found AS (
			    SELECT m.*, bool_or(m.whole) OVER () AS any_whole FROM matched m
			)
			SELECT f.kind, f.href, count(*) OVER () AS total,
			       CASE WHEN f.whole THEN ts_headline(q.language, f.title, q.stems, :titleOptions)
			            ELSE ts_headline(q.words, f.title, q.beginnings, :titleOptions) END AS title,
			       CASE WHEN f.whole THEN ts_headline(q.language, f.body, q.stems, :snippetOptions)
			            ELSE ts_headline(q.words, f.body, q.beginnings, :snippetOptions) END AS snippet
			FROM found f CROSS JOIN query q
			WHERE f.whole OR NOT f.any_whole
			ORDER BY f.rank DESC, f.position
			LIMIT :limit""";

	private final JdbcClient jdbc;

	FullTextSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The documents that match the query, the most relevant first (in the documents'
	 * order when equally relevant), at most {@value #LIMIT}.
	 */
	SearchResults find(SearchQuery query, List<SearchDocument> documents, Locale locale) {
		if (documents.isEmpty()) {
			return new SearchResults(query.text(), List.of(), 0);
		}
		List<Row> rows = this.jdbc.sql(QUERY)
			.param("language", Languages.isEnglish(locale) ? "site_search_english" : "site_search_spanish")
			.param("text", query.text())
			.param("beginnings", query.beginnings())
			.param("kinds", documents.stream().map((d) -> d.kind().name()).toArray(String[]::new))
			.param("hrefs", documents.stream().map(SearchDocument::href).toArray(String[]::new))
			.param("titles", documents.stream().map(SearchDocument::title).toArray(String[]::new))
			.param("bodies", documents.stream().map(SearchDocument::body).toArray(String[]::new))
			.param("titleOptions", TITLE_OPTIONS)
			.param("snippetOptions", SNIPPET_OPTIONS)
			.param("limit", LIMIT)
			.query(FullTextSearch::row)
			.list();
		return new SearchResults(query.text(), rows.stream().map(Row::result).toList(),
				rows.isEmpty() ? 0 : rows.get(0).total());
	}

	private static Row row(ResultSet row, int number) throws SQLException {
		return new Row(
				new SearchResult(SearchKind.valueOf(row.getString("kind")), row.getString("href"),
						Highlighted.of(row.getString("title")), Highlighted.of(row.getString("snippet"))),
				row.getInt("total"));
	}

	/**
	 * A result, and how many matched in all (the same on every row).
	 */
	private record Row(SearchResult result, int total) {
	}

}
