package co.gov.mineducacion.cooperation.benchmark;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The catalogue's codes offers may name, as the database holds them. Bogotá, Antioquia,
 * Valle del Cauca and the Caribbean coast are named more often, as in real offers.
 */
record ReferenceCodes(List<String> projects, List<String> departments, List<String> actionTypes) {

	private static final List<String> OFTEN_NAMED = List.of("11", "11", "11", "05", "05", "76", "08", "13", "68");

	List<String> someProjects(SplittableRandom random) {
		return some(random, this.projects, (random.nextInt(10) < 6) ? 1 : 2);
	}

	List<String> someActionTypes(SplittableRandom random) {
		int n = random.nextInt(10);
		return some(random, this.actionTypes, (n < 5) ? 1 : (n < 8) ? 2 : 3);
	}

	List<String> someDepartments(SplittableRandom random) {
		int n = random.nextInt(100);
		int wanted = (n < 60) ? 1 : (n < 88) ? 2 : 3;
		TreeSet<String> chosen = new TreeSet<>();
		while (chosen.size() < wanted) {
			String often = OFTEN_NAMED.get(random.nextInt(OFTEN_NAMED.size()));
			chosen.add((random.nextInt(10) < 4 && this.departments.contains(often)) ? often
					: this.departments.get(random.nextInt(this.departments.size())));
		}
		return List.copyOf(chosen);
	}

	private static List<String> some(SplittableRandom random, List<String> codes, int wanted) {
		TreeSet<String> chosen = new TreeSet<>();
		while (chosen.size() < Math.min(wanted, codes.size())) {
			chosen.add(codes.get(random.nextInt(codes.size())));
		}
		return List.copyOf(chosen);
	}

}
