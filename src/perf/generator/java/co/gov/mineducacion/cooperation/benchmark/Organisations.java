package co.gov.mineducacion.cooperation.benchmark;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A fixed pool of cooperators of the five sectors, Colombian and foreign, writing in
 * Spanish or English. Some write far more often than others, and names recur across
 * organisations, so that the office meets repeated and similar offers.
 */
final class Organisations {

	private static final String[] SECTORS = { "NGO", "NGO", "NGO", "NGO", "NGO", "NGO", "NGO", "COMPANY", "COMPANY",
			"COMPANY", "COMPANY", "COMPANY", "INSTITUTION", "INSTITUTION", "INSTITUTION", "INSTITUTION", "MULTILATERAL",
			"MULTILATERAL", "FOREIGN_GOV", "FOREIGN_GOV" };

	private static final String[] SPANISH_SPEAKING = { "ES", "MX", "CL", "AR", "PE", "CR", "EC" };

	private static final String[] ENGLISH_WRITING = { "US", "GB", "CA", "DE", "FR", "JP", "KR", "NL", "SE", "NO", "CH",
			"AU", "IT" };

	private static final String[] WORDS_ES = { "Horizonte", "Futuro", "Andina", "Caribe", "Esperanza", "Saber",
			"Pacífico", "Solidaria", "Amazonía", "Llanos", "Progreso", "Colibrí", "Cóndor", "Ceiba", "Guayacán",
			"Sierra Nevada", "Magdalena", "Orinoquía", "Frailejón", "Arrayán", "Aurora", "Semilla", "Sendero" };

	private static final String[] WORDS_EN = { "Horizon", "Bright Future", "Northern Star", "Open Minds", "Lighthouse",
			"Evergreen", "Summit", "Blue River", "Harbor", "Keystone", "Maple", "Pioneer", "Bridgeway", "Crescent",
			"Atlas", "Beacon", "Oakridge", "Wellspring", "Compass" };

	private static final String[] SUFFIXES_ES = { "", "", "", "", "", " de Colombia", " del Valle", " de Antioquia",
			" del Caribe", " Nacional", " de Pasto", " de Medellín", " de Cali", " de Bucaramanga", " de Barranquilla",
			" de Cartagena", " de Manizales", " de Pereira", " de Quibdó", " de Leticia", " de Popayán", " de Montería",
			" de Tunja", " de Neiva", " de Villavicencio" };

	private static final String[] SUFFIXES_EN = { "", "", "", " International", " Global", " Worldwide", " Partners",
			" Network", " Initiative", " Learning", " Education Fund", " Collective" };

	private final Organisation[] pool;

	private final long seed;

	Organisations(int size, long seed) {
		this.pool = new Organisation[size];
		this.seed = seed;
	}

	int size() {
		return this.pool.length;
	}

	/**
	 * The index of the organisation that writes next: low indexes write far more often.
	 */
	int nextWriter(SplittableRandom random) {
		double u = random.nextDouble();
		return (int) (this.pool.length * u * u);
	}

	Organisation get(int index) {
		if (this.pool[index] == null) {
			this.pool[index] = make(new SplittableRandom(this.seed * 1_000_003L + index), index);
		}
		return this.pool[index];
	}

	private static Organisation make(SplittableRandom random, int index) {
		String sector = pick(random, SECTORS);
		boolean colombian = !sector.equals("FOREIGN_GOV") && !sector.equals("MULTILATERAL") && random.nextInt(10) < 7;
		String country = colombian ? "CO"
				: (random.nextInt(4) == 0) ? pick(random, SPANISH_SPEAKING) : pick(random, ENGLISH_WRITING);
		String language = (colombian || contains(SPANISH_SPEAKING, country)) ? "es" : "en";
		String name = name(random, sector, country, language);
		String domain = slug(name) + (colombian ? ".org.co" : ".org");
		String taxId = colombian ? Organisation.nit(800_000_000L + random.nextInt(199_999_999)) : null;
		String website = (random.nextInt(5) == 0) ? null : "https://www." + domain;
		return new Organisation(name, sector, country, taxId, website, language, domain);
	}

	private static String name(SplittableRandom random, String sector, String country, String language) {
		boolean es = language.equals("es");
		String word = es ? pick(random, WORDS_ES) : pick(random, WORDS_EN);
		String suffix = es ? pick(random, SUFFIXES_ES) : pick(random, SUFFIXES_EN);
		String nation = Locale.of("", country).getDisplayCountry(Locale.forLanguageTag(language));
		int kind = random.nextInt(3);
		return switch (sector) {
			case "COMPANY" ->
				es ? word + new String[] { " Tecnologías", " Inversiones", " Industrias" }[kind] + " S.A.S."
						: word + new String[] { " Technologies", " Holdings", " Energy" }[kind] + " Inc.";
			case "INSTITUTION" -> es ? new String[] { "Universidad ", "Instituto ", "Colegio " }[kind] + word + suffix
					: new String[] { "University of ", "Institute ", "College " }[kind] + word + suffix;
			case "MULTILATERAL" -> es
					? new String[] { "Fondo ", "Banco ", "Organización " }[kind] + word + " para la Educación"
					: word + new String[] { " Fund", " Development Bank", " Organisation" }[kind] + " for Education";
			case "FOREIGN_GOV" -> es
					? new String[] { "Embajada de ", "Agencia de Cooperación de ", "Ministerio de Educación de " }[kind]
							+ nation
					: new String[] { "Embassy of ", "Agency for International Cooperation of ",
							"Ministry of Education of " }[kind] + nation;
			default -> es ? new String[] { "Fundación ", "Corporación ", "Asociación " }[kind] + word + suffix
					: word + new String[] { " Foundation", " Trust", " Alliance" }[kind] + suffix;
		};
	}

	static String slug(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
		return plain.toLowerCase(Locale.ROOT).substring(0, Math.min(30, plain.length()));
	}

	static String pick(SplittableRandom random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static boolean contains(String[] values, String value) {
		for (String candidate : values) {
			if (candidate.equals(value)) {
				return true;
			}
		}
		return false;
	}

}
