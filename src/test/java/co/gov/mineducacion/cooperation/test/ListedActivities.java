package co.gov.mineducacion.cooperation.test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How many activities the public list shows for a query, read from its result count (in
 * Spanish): what the map and the open data must equal.
 */
public final class ListedActivities {

	private static final Pattern COUNT = Pattern.compile("class=\"result-count\" role=\"status\">(\\d+|Ninguna) activ");

	private ListedActivities() {
	}

	public static long count(MockMvc mvc, String path) throws Exception {
		Matcher count = COUNT.matcher(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
		assertThat(count.find()).as(path).isTrue();
		return "Ninguna".equals(count.group(1)) ? 0 : Long.parseLong(count.group(1));
	}

}
