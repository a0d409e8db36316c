package co.gov.mineducacion.cooperation.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests published strategic projects for an offer whose submitter chose none.
 * <p>
 * A project scores by the share of the offer's ways to cooperate that fit it (40 %) and
 * by how its name and objective, in both languages, match the offer's words (60 %):
 * full-text in Spanish and English, any word, with prefixes so that "internacional" finds
 * "internacionalización"; the title's words count more than the description's, and a
 * little trigram likeness between the project's names and the title breaks ties.
 */
@Service
@Transactional(readOnly = true)
public class ProjectSuggestions {

	static final int LIMIT = 5;

	private static final String QUERY = """
			WITH given AS (
			    SELECT search_unaccent(lower(:text)) AS text, search_unaccent(lower(:title)) AS title,
			           string_to_array(:codes, ',') AS codes
			), parts AS (
			    SELECT 'all' AS part, text AS words FROM given UNION ALL SELECT 'title', title FROM given
			), queries AS (
			    -- Any of the words, as Spanish or English stems; words of five letters or more also as prefixes.
			    SELECT part,
			           CAST(nullif(regexp_replace(replace(CAST(plainto_tsquery('spanish', words) AS TEXT), ' & ', ' | '),
			                                      '''([^'']{5,})''', '''\\1'':*', 'g'), '') AS tsquery)
			        || CAST(nullif(regexp_replace(replace(CAST(plainto_tsquery('english', words) AS TEXT), ' & ', ' | '),
			                                      '''([^'']{5,})''', '''\\1'':*', 'g'), '') AS tsquery) AS q
			    FROM parts
			), query AS (
			    SELECT (SELECT q FROM queries WHERE part = 'all') AS words,
			           (SELECT q FROM queries WHERE part = 'title') AS title_words, title, codes
			    FROM given
			), project AS (
			    SELECT p.id, p.code, p.name_es, p.name_en,
			           setweight(to_tsvector('spanish', search_unaccent(p.name_es)), 'A')
			        || setweight(to_tsvector('english', search_unaccent(p.name_en)), 'A')
			        || setweight(to_tsvector('spanish', search_unaccent(coalesce(p.objective_es, ''))), 'B')
			        || setweight(to_tsvector('english', search_unaccent(coalesce(p.objective_en, ''))), 'B') AS document
			    FROM strategic_project p
			    WHERE NOT p.retired
			), scored AS (
			    SELECT p.code, CASE WHEN :english THEN p.name_en ELSE p.name_es END AS name,
			           coalesce(ts_rank(p.document, query.words), 0) AS words,
			           coalesce(ts_rank(p.document, query.title_words), 0) AS title_words,
			           greatest(similarity(search_unaccent(lower(p.name_es)), query.title),
			                    similarity(search_unaccent(lower(p.name_en)), query.title)) AS likeness,
			           (SELECT array_agg(CASE WHEN :english THEN a.short_name_en ELSE a.short_name_es END ORDER BY a.position)
			              FROM strategic_project_action_type pa JOIN action_type a ON a.id = pa.action_type_id
			             WHERE pa.strategic_project_id = p.id AND a.code = ANY (query.codes)) AS shared,
			           greatest(cardinality(query.codes), 1) AS asked
			    FROM project p CROSS JOIN query
			)
			SELECT code, name, shared, words > 0 AS words_in_common,
			       0.4 * coalesce(cardinality(shared), 0) / asked
			     + 0.6 * (0.8 * least(1.0, 5 * (0.6 * title_words + 0.4 * words)) + 0.2 * likeness) AS score
			FROM scored
			WHERE shared IS NOT NULL OR words > 0 OR likeness > 0.2
			ORDER BY score DESC, code
			LIMIT :limit""";

	private final JdbcClient jdbc;

	ProjectSuggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The best five projects for an offer with these ways to cooperate and this text,
	 * best first.
	 */
	public List<SuggestedProject> forOffer(Set<String> actionTypeCodes, String title, String description,
			Locale locale) {
		String text = String.join(" ", nonNull(title), nonNull(description));
		return this.jdbc.sql(QUERY)
			.param("text", text)
			.param("title", nonNull(title))
			.param("codes", String.join(",", actionTypeCodes))
			.param("english", Languages.isEnglish(locale))
			.param("limit", LIMIT)
			.query(ProjectSuggestions::suggestion)
			.list();
	}

	private static SuggestedProject suggestion(ResultSet row, int number) throws SQLException {
		Array shared = row.getArray("shared");
		List<String> names = (shared != null) ? Arrays.asList((String[]) shared.getArray()) : List.of();
		return new SuggestedProject(row.getString("code"), row.getString("name"), names,
				row.getBoolean("words_in_common"));
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
