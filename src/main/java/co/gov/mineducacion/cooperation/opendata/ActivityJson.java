package co.gov.mineducacion.cooperation.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * One activity as an object of {@code activities.json}: texts as {"es", "en"} pairs,
 * dates as "yyyy-MM" or "yyyy-MM-dd", codes with their names.
 */
final class ActivityJson {

	private ActivityJson() {
	}

	static Map<String, Object> of(ActivityRecord a, String url, Map<String, String> departments) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("slug", a.slug());
		json.put("url", url);
		json.put("title", text(a.title()));
		json.put("description", text(a.description()));
		json.put("status", a.status().name());
		json.put("start", a.start().iso());
		json.put("end", (a.end() != null) ? a.end().iso() : null);
		json.put("ageMin", a.ageMin());
		json.put("ageMax", a.ageMax());
		json.put("organisations",
				a.organisations().stream().map((o) -> Map.of("name", o.name(), "role", o.role().name())).toList());
		json.put("departments",
				a.departments().stream().map((code) -> Map.of("code", code, "name", departments.get(code))).toList());
		json.put("cities",
				a.cities()
					.stream()
					.map((c) -> Map.of("code", c.code(), "name", c.name(), "departmentCode", c.departmentCode()))
					.toList());
		json.put("strategicProjects", List.copyOf(a.strategicProjects()));
		json.put("actionTypes", List.copyOf(a.actionTypes()));
		json.put("dacSectors", List.copyOf(a.sectors()));
		json.put("targets", a.targets().stream().map(ActivityJson::target).toList());
		json.put("milestones",
				a.milestones()
					.stream()
					.map((m) -> Map.of("date", m.date().toString(), "text", text(m.text())))
					.toList());
		json.put("documents", a.links().stream().map((l) -> Map.of("url", l.url(), "title", l.title())).toList());
		json.put("contact", contact(a.contact()));
		json.put("updatedAt", a.updatedAt().toString());
		FundingColumns.put(a, json);
		return json;
	}

	private static Map<String, Object> target(ActivityRecord.TargetRecord t) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("indicator", text(t.indicator()));
		json.put("target", t.target());
		json.put("reached", t.reached());
		json.put("reachedOn", (t.reachedOn() != null) ? t.reachedOn().toString() : null);
		return json;
	}

	private static Map<String, Object> contact(ActivityRecord.ContactRecord c) {
		if (c.isEmpty()) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", c.name());
		json.put("department", (c.department() != null) ? text(c.department()) : null);
		json.put("email", c.email());
		json.put("phone", c.phone());
		return json;
	}

	private static Map<String, String> text(Bilingual text) {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("es", text.es());
		json.put("en", text.en());
		return json;
	}

}
