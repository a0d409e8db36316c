package co.gov.mineducacion.cooperation.shared.security;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the OWASP ASVS matrix ({@code src/docs/security/asvs-5.0.md}) true to the code:
 * every test it names exists, every requirement has one row with a verdict, the decisions
 * it points to are written down, the list of remaining gaps matches the rows, and the
 * counts in the matrix and in the README are the ones its rows give.
 */
class AsvsMatrixTests {

	static final Path MATRIX = Path.of("src/docs/security/asvs-5.0.md");

	static final Path README = Path.of("README.md");

	private static final Pattern ROW = Pattern.compile("^\\| (V\\d+\\.\\d+\\.\\d+) \\|(.*)\\|$");

	private static final Pattern TEST = Pattern.compile("\\b([A-Z][A-Za-z0-9]*Tests)#([a-z][A-Za-z0-9_]*)");

	private static final Pattern REQUIREMENT = Pattern
		.compile("V(\\d+)\\.(\\d+)\\.(\\d+)(?:[–-]V(\\d+)\\.(\\d+)\\.(\\d+))?");

	private static final Pattern POINTER = Pattern.compile("(?:Documented below \\(|see )\"([^\"]+)\"");

	private final String matrix = read(MATRIX);

	private final List<Row> rows = rows(this.matrix);

	@Test
	void everyTestItNamesExists() throws IOException, URISyntaxException {
		Map<String, Class<?>> classes = testClasses();
		Set<String> missing = new LinkedHashSet<>();
		for (Row row : this.rows) {
			Matcher test = TEST.matcher(row.proof());
			while (test.find()) {
				Class<?> type = classes.get(test.group(1));
				if (type == null) {
					missing.add(row.id() + ": no test class " + test.group(1));
				}
				else if (!declares(type, test.group(2))) {
					missing.add(row.id() + ": no method " + test.group(1) + "#" + test.group(2));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyRequirementOfLevelsOneAndTwoHasOneRowWithAVerdict() {
		Set<String> seen = new HashSet<>();
		for (Row row : this.rows) {
			assertThat(seen.add(row.id())).as("%s appears twice", row.id()).isTrue();
			assertThat(row.level()).as(row.id()).isIn("1", "2");
			assertThat(row.requirement()).as("%s: requirement", row.id()).isNotBlank();
			if (row.applicable()) {
				assertThat(row.proof()).as("%s: a met row names a test, a gap says what is missing", row.id())
					.matches((proof) -> proof.startsWith("gap: ") || TEST.matcher(proof).find());
				assertThat(row.gap() || !row.how().isBlank()).as("%s: how it is met", row.id()).isTrue();
			}
			else {
				assertThat(row.applicableColumn()).as("%s: applicable is 'yes' or 'no: why'", row.id())
					.matches("no: \\S.{5,}");
				assertThat(row.proof()).as(row.id()).isEqualTo("—");
			}
		}
		// OWASP ASVS 5.0.0 has 70 requirements at Level 1 and 183 at Level 2.
		assertThat(this.rows).filteredOn((row) -> row.level().equals("1")).hasSize(70);
		assertThat(this.rows).filteredOn((row) -> row.level().equals("2")).hasSize(183);
	}

	@Test
	void theCountsInTheMatrixAndInTheReadmeAreTheOnesItsRowsGive() {
		String l1 = count("1");
		String l2 = count("2");
		assertThat(this.matrix).contains("- Level 1: " + l1 + "\n").contains("- Level 2: " + l2 + "\n");
		assertThat(read(README).replaceAll("\\s+", " ")).contains("L1 " + l1 + ", L2 " + l2);
	}

	@Test
	void documentsTheDecisionsTheMatrixPointsTo() {
		Set<String> pointedTo = new TreeSet<>();
		for (Row row : this.rows) {
			Matcher pointer = POINTER.matcher(row.applicableColumn() + " " + row.how());
			while (pointer.find()) {
				pointedTo.add(pointer.group(1));
			}
		}
		assertThat(pointedTo).isNotEmpty();
		for (String decision : pointedTo) {
			assertThat(this.matrix).as("a section \"%s\"", decision).contains("\n### " + decision + "\n");
		}
	}

	@Test
	void listsExactlyTheRowsWhoseProofIsAGapAmongTheGapsThatRemain() {
		String remaining = this.matrix.substring(this.matrix.indexOf("\n## Gaps that remain"));
		Set<String> listed = new TreeSet<>();
		Matcher requirement = REQUIREMENT.matcher(remaining);
		while (requirement.find()) {
			int last = (requirement.group(4) != null) ? Integer.parseInt(requirement.group(6))
					: Integer.parseInt(requirement.group(3));
			for (int n = Integer.parseInt(requirement.group(3)); n <= last; n++) {
				listed.add("V" + requirement.group(1) + "." + requirement.group(2) + "." + n);
			}
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(
				this.rows.stream().filter((row) -> row.applicable() && row.gap()).map(Row::id).toList());
	}

	private String count(String level) {
		List<Row> applicable = this.rows.stream()
			.filter((row) -> row.level().equals(level) && row.applicable())
			.toList();
		long met = applicable.stream().filter((row) -> !row.gap()).count();
		return "met " + met + " / applicable " + applicable.size();
	}

	private static List<Row> rows(String matrix) {
		List<Row> rows = new ArrayList<>();
		for (String line : matrix.split("\n")) {
			Matcher row = ROW.matcher(line);
			if (row.matches()) {
				String[] cells = row.group(2).split(" \\| ", -1);
				assertThat(cells).as("%s: six columns", row.group(1)).hasSize(5);
				rows.add(new Row(row.group(1), cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
						cells[4].strip()));
			}
		}
		assertThat(rows).as("rows in " + MATRIX).isNotEmpty();
		return rows;
	}

	/**
	 * Every test class compiled beside this one, by simple name.
	 */
	private static Map<String, Class<?>> testClasses() throws IOException, URISyntaxException {
		Path root = Path.of(AsvsMatrixTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Map<String, Class<?>> classes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith("Tests.class")).toList()) {
				String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
				Class<?> type = load(name.substring(0, name.length() - ".class".length()));
				assertThat(classes.put(type.getSimpleName(), type))
					.as("two test classes named %s", type.getSimpleName())
					.isNull();
			}
		}
		return classes;
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, AsvsMatrixTests.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean declares(Class<?> type, String method) {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			for (Method candidate : current.getDeclaredMethods()) {
				if (candidate.getName().equals(method)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + path.toAbsolutePath(), ex);
		}
	}

	record Row(String id, String level, String requirement, String applicableColumn, String how, String proof) {

		boolean applicable() {
			return this.applicableColumn.equals("yes");
		}

		boolean gap() {
			return this.proof.startsWith("gap: ");
		}

	}

}
