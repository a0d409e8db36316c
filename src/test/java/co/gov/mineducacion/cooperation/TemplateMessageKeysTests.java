package co.gov.mineducacion.cooperation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.catalog.PolicyAxis;
import co.gov.mineducacion.cooperation.offer.queue.QueueSort;
import co.gov.mineducacion.cooperation.offer.ReviewMove;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every message a template names exists in both languages: the keys written out
 * ({@code #{offer.form.submit}}), the keys a template builds from an enum at render time
 * ({@code #{'OfferStatus.' + ${offer.status}}}: one key for every constant) and the keys
 * built from other values, whose possible values this test must be told. A page would
 * otherwise show {@code ??key_es??} to a visitor, and only in the language that lacks it.
 */
class TemplateMessageKeysTests {

	private static final String APPLICATION_PACKAGE = "co/gov/mineducacion/cooperation";

	/** A key written out: {@code #{some.key}} or {@code #{some.key(arguments)}}. */
	private static final Pattern WRITTEN = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)\\s*[}(]");

	/**
	 * A key built from a prefix and a value: {@code #{'Prefix.' + ${value} + '.suffix'}}.
	 */
	private static final Pattern BUILT = Pattern
		.compile("#\\{'([A-Za-z][A-Za-z0-9_.-]*\\.)'\\s*\\+\\s*\\$\\{[^}]*\\}(?:\\s*\\+\\s*'([A-Za-z0-9_.-]*)')?");

	/**
	 * A call of a fragment that builds message keys from its parameters: a form widget
	 * ({@code prefix + '.' + field}, {@code + '.hint'} with a hint, and an enum select's
	 * options from {@code labelPrefix}), a filter's choice of an enum's values (from
	 * {@code labelPrefix}) or the error page ({@code key + '.title'}...).
	 */
	private static final Pattern FRAGMENT_CALL = Pattern
		.compile("~\\{(fragments/forms|fragments/filters|error/_page) :: (\\w+)\\(([^)]*)\\)\\}");

	/** A named parameter of a fragment call; group 3 is the text of a literal value. */
	private static final Pattern NAMED_ARGUMENT = Pattern.compile("(\\w+)\\s*=\\s*('([^']*)'|[^,]*)");

	/**
	 * The values of the keys built from something other than an enum named like the
	 * prefix. A template that builds a key from a new prefix fails until it is listed
	 * here.
	 */
	private static final Map<String, List<String>> BUILT_FROM_VALUES = Map.ofEntries(
			Map.entry("admin.clock.", List.of("ON_TIME", "DUE_SOON", "OVERDUE")),
			Map.entry("dataprotection.clock.", List.of("ON_TIME", "DUE_SOON", "OVERDUE", "ANSWERED")),
			Map.entry("admin.entry.", List.of("retire", "restore")),
			Map.entry("admin.offer.do.", Arrays.stream(ReviewMove.values()).map(ReviewMove::slug).toList()),
			Map.entry("admin.offer.message.", ReviewMove.withMessage().stream().map(ReviewMove::slug).toList()),
			Map.entry("admin.offer.language.", List.of("es", "en")),
			Map.entry("admin.queue.column.",
					Arrays.stream(QueueSort.values()).map((sort) -> sort.name().toLowerCase(Locale.ROOT)).toList()),
			Map.entry("admin.queue.order.", List.of("asc", "desc")),
			// territory.MapScope, package-private to its feature.
			Map.entry("territory.scope.", List.of("UNDER_WAY", "ALL")),
			Map.entry("territory.map.caption.", List.of("UNDER_WAY", "ALL")),
			Map.entry("territory.legend.title.", List.of("UNDER_WAY", "ALL")),
			Map.entry("territory.legend.seat.", List.of("UNDER_WAY", "ALL")),
			Map.entry("admin.dashboard.chart.",
					List.of("status", "month", "sector", "actionType", "project", "department")),
			Map.entry("opendata.dataset.",
					List.of("activities", "departments", "projects", "iati", "iatiOrganisation")),
			// opendata.StatisticsTable: its ids and number columns.
			Map.entry("statistics.table.",
					List.of("month", "sector", "actionType", "project", "department", "sdg", "cooperationType",
							"committed")),
			Map.entry("statistics.column.", List.of("received", "accepted", "activities")),
			// Built from two values, the dataset and one of its fields: not listed here.
			Map.entry("opendata.field.", List.of()), Map.entry("territory.legend.", List.of("0", "1", "2", "3", "4")));

	@Test
	void everyKeyATemplateNamesIsInBothLanguages() throws IOException {
		Properties spanish = load("messages.properties");
		Properties english = load("messages_en.properties");
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			String text = template.getContentAsString(StandardCharsets.UTF_8);
			for (String key : keysNamedIn(text)) {
				if (!spanish.containsKey(key) || !english.containsKey(key)) {
					missing.add(template.getFilename() + ": " + key);
				}
			}
		}
		assertThat(missing).as("message keys named by templates but missing from a bundle").isEmpty();
	}

	@Test
	void findsTheKeysATemplateBuildsFromAnEnum() {
		assertThat(keysNamedIn("<td th:text=\"#{'QueueSort.' + ${s}}\">")).contains("QueueSort.CODE",
				"QueueSort.RECEIVED");
		assertThat(keysNamedIn("<h2 th:text=\"#{'opendata.dataset.' + ${d.key} + '.title'}\">"))
			.contains("opendata.dataset.iati.title");
		assertThat(keysNamedIn("<p th:text=\"#{offer.form.intro(${n})}\">")).containsExactly("offer.form.intro");
	}

	@Test
	void findsTheKeysAFragmentBuildsFromItsParameters() {
		assertThat(keysNamedIn(
				"<div th:replace=\"~{fragments/forms :: textField(field='code', prefix='catalog.admin.project', type='text', required=true, hint=true)}\">"))
			.containsExactly("catalog.admin.project.code", "catalog.admin.project.code.hint");
		assertThat(keysNamedIn(
				"<div th:replace=\"~{fragments/forms :: enumSelectField(field='level', prefix='p', values=${v}, labelPrefix='ProjectLevel.', required=true, hint=false)}\">"))
			.contains("p.level", "ProjectLevel.HIGHER_EDUCATION")
			.doesNotContain("p.level.hint");
		assertThat(keysNamedIn(
				"<div th:replace=\"~{fragments/filters :: enumChoice(name='axis', label=#{catalog.filters.axis}, values=${axes}, labelPrefix='PolicyAxis.', chosen=${filter.axis})}\">"))
			.contains("catalog.filters.axis", "PolicyAxis." + PolicyAxis.values()[0].name());
		assertThat(keysNamedIn("<html th:replace=\"~{error/_page :: page('error.404')}\">"))
			.containsExactly("error.404.heading", "error.404.text", "error.404.title");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> keysNamedIn(
				"<div th:replace=\"~{fragments/forms :: textField('code', 'catalog.admin.project', 'text', true, true)}\">"));
	}

	private static TreeSet<String> keysNamedIn(String text) {
		TreeSet<String> keys = new TreeSet<>();
		Matcher written = WRITTEN.matcher(text);
		while (written.find()) {
			keys.add(written.group(1));
		}
		Matcher built = BUILT.matcher(text);
		while (built.find()) {
			String prefix = built.group(1);
			String suffix = (built.group(2) != null) ? built.group(2) : "";
			valuesAfter(prefix).forEach((value) -> keys.add(prefix + value + suffix));
		}
		Matcher call = FRAGMENT_CALL.matcher(text);
		while (call.find()) {
			keys.addAll(keysBuiltBy(call.group(1), call.group(3)));
		}
		return keys;
	}

	private static List<String> keysBuiltBy(String template, String arguments) {
		if ("error/_page".equals(template)) {
			String key = arguments.trim().replace("'", "");
			return List.of(key + ".title", key + ".heading", key + ".text");
		}
		Map<String, String> named = new HashMap<>();
		Map<String, String> literals = new HashMap<>();
		Matcher argument = NAMED_ARGUMENT.matcher(arguments);
		while (argument.find()) {
			named.put(argument.group(1), argument.group(2).trim());
			if (argument.group(3) != null) {
				literals.put(argument.group(1), argument.group(3));
			}
		}
		if ("fragments/forms".equals(template)) {
			assertThat(named).as("a form widget called with named parameters: (%s)", arguments)
				.containsKeys("field", "prefix");
		}
		List<String> keys = new ArrayList<>();
		if (named.containsKey("key") && literals.containsKey("prefix")) {
			// A widget for one entry of a map field is labelled prefix + key, the key one
			// of the constants of the enum the prefix names.
			String prefix = literals.get("prefix");
			valuesAfter(prefix).forEach((value) -> keys.add(prefix + value));
		}
		else if (literals.containsKey("field") && literals.containsKey("prefix")) {
			String label = literals.get("prefix") + "." + literals.get("field");
			keys.add(label);
			if ("true".equals(named.get("hint"))) {
				keys.add(label + ".hint");
			}
		}
		if (literals.containsKey("labelPrefix")) {
			String prefix = literals.get("labelPrefix");
			valuesAfter(prefix).forEach((value) -> keys.add(prefix + value));
		}
		return keys;
	}

	private static List<String> valuesAfter(String prefix) {
		List<String> values = BUILT_FROM_VALUES.get(prefix);
		if (values != null) {
			return values;
		}
		Class<?> type = enumNamed(prefix.substring(0, prefix.length() - 1));
		return Arrays.stream(type.getEnumConstants()).map((constant) -> ((Enum<?>) constant).name()).toList();
	}

	private static Class<?> enumNamed(String simpleName) {
		try {
			Resource[] classes = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + APPLICATION_PACKAGE + "/**/" + simpleName + ".class");
			for (Resource file : classes) {
				String path = file.getURL().getPath();
				String name = path.substring(path.lastIndexOf(APPLICATION_PACKAGE), path.length() - ".class".length())
					.replace('/', '.');
				Class<?> type = Class.forName(name);
				if (type.isEnum()) {
					return type;
				}
				// A record whose keys are built from its one nested enum
				// (PossibleDuplicate.Match).
				List<Class<?>> nested = Arrays.stream(type.getDeclaredClasses()).filter(Class::isEnum).toList();
				if (nested.size() == 1) {
					return nested.get(0);
				}
			}
		}
		catch (IOException | ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
		throw new AssertionError("A template builds message keys from '" + simpleName
				+ ".' but no enum has that name: name the enum, or list the values in BUILT_FROM_VALUES");
	}

	private static Resource[] templates() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<Resource> all = new ArrayList<>(Arrays.asList(resolver.getResources("classpath:templates/**/*.html")));
		all.addAll(Arrays.asList(resolver.getResources("classpath:templates/**/*.txt")));
		assertThat(all).as("templates found").hasSizeGreaterThan(50);
		return all.toArray(Resource[]::new);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TemplateMessageKeysTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
