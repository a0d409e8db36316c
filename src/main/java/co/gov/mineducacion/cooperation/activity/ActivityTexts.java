package co.gov.mineducacion.cooperation.activity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of every activity in one statement, for the site search, which reads them on
 * each search: loading the activities whole (targets, progress, milestones, links...)
 * would take a dozen.
 */
@Service
@Transactional(readOnly = true)
public class ActivityTexts {

	private static final String QUERY = """
			SELECT a.slug, a.title_es, a.title_en, a.description_es, a.description_en,
			       ARRAY(SELECT o.name FROM activity_organisation o
			              WHERE o.activity_id = a.id ORDER BY o.position) AS organisations,
			       ARRAY(SELECT c.name FROM activity_city c
			              WHERE c.activity_id = a.id ORDER BY c.name) AS cities
			FROM activity a
			ORDER BY a.start_date DESC, a.id DESC""";

	private final JdbcClient jdbc;

	ActivityTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every activity, the latest start first, as the public list orders them.
	 */
	public List<ActivityText> all() {
		return this.jdbc.sql(QUERY).query(ActivityTexts::text).list();
	}

	private static ActivityText text(ResultSet row, int number) throws SQLException {
		return new ActivityText(row.getString("slug"),
				new Bilingual(row.getString("title_es"), row.getString("title_en")),
				new Bilingual(row.getString("description_es"), row.getString("description_en")),
				strings(row.getArray("organisations")), strings(row.getArray("cities")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
