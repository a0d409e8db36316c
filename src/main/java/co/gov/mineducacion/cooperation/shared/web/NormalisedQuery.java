package co.gov.mineducacion.cooperation.shared.web;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.util.UriUtils;

/**
 * A query in one spelling for every way of writing it: parameters in name order, each
 * value as decoded, so that {@code ?q=calidad&axis=QUALITY} and
 * {@code ?axis=QUALITY&q=calidad} name the same kept page.
 */
final class NormalisedQuery {

	private NormalisedQuery() {
	}

	static String of(Map<String, String[]> parameters) {
		StringBuilder query = new StringBuilder();
		new TreeMap<>(parameters).forEach((name, values) -> {
			for (String value : values) {
				query.append(query.isEmpty() ? "" : "&")
					.append(UriUtils.encode(name, "UTF-8"))
					.append('=')
					.append(UriUtils.encode(value, "UTF-8"));
			}
		});
		return query.toString();
	}

}
