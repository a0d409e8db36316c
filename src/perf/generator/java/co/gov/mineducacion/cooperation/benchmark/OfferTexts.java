package co.gov.mineducacion.cooperation.benchmark;

import java.util.SplittableRandom;

/**
 * Titles, descriptions and history messages in the submitter's language, drawn from
 * topics, places and phrasings the office sees, so that full-text search meets common,
 * rare and absent words as it would in production.
 */
final class OfferTexts {

	/** Spanish and English, side by side: {es, en}. */
	private static final String[][] TOPICS = { { "laboratorios de ciencias", "science laboratories" },
			{ "becas de posgrado", "postgraduate scholarships" }, { "huertas escolares", "school gardens" },
			{ "bibliotecas móviles", "mobile libraries" }, { "formación docente", "teacher training" },
			{ "aulas digitales", "digital classrooms" }, { "conectividad rural", "rural connectivity" },
			{ "clubes de robótica", "robotics clubs" }, { "bilingüismo", "bilingual education" },
			{ "alimentación escolar", "school meals" }, { "educación inicial", "early childhood education" },
			{ "orientación vocacional", "career guidance" }, { "infraestructura educativa", "school buildings" },
			{ "pensamiento matemático", "mathematical thinking" }, { "lectura y escritura", "reading and writing" },
			{ "educación ambiental", "environmental education" }, { "ciencia ciudadana", "citizen science" },
			{ "arte y cultura", "arts and culture" }, { "deporte escolar", "school sports" },
			{ "salud mental", "mental health" }, { "educación para la paz", "peace education" },
			{ "programación de computadores", "computer programming" }, { "transporte escolar", "school transport" },
			{ "inclusión de estudiantes sordos", "deaf students' inclusion" } };

	private static final String[][] PLACES = { { "para docentes rurales", "for rural teachers" },
			{ "en colegios públicos", "in public schools" }, { "para jóvenes", "for young people" },
			{ "para la primera infancia", "for young children" }, { "en zonas de frontera", "in border areas" },
			{ "con comunidades indígenas", "with indigenous communities" },
			{ "con comunidades afrocolombianas", "with Afro-Colombian communities" },
			{ "en municipios PDET", "in post-conflict municipalities" },
			{ "para educación superior", "for higher education" },
			{ "para familias migrantes", "for migrant families" },
			{ "en escuelas normales", "in teacher-training colleges" },
			{ "en internados rurales", "in rural boarding schools" } };

	private static final String[][] OPENINGS = { { "Programa de ", "Programme: " }, { "Proyecto de ", "Project: " },
			{ "Donación para ", "Donation for " }, { "Apoyo a ", "Support for " }, { "", "" }, { "", "" } };

	private static final String[][] CONTRIBUTIONS = {
			{ "Aportamos recursos financieros y seguimiento trimestral.",
					"We contribute funding and quarterly follow-up." },
			{ "Donamos equipos, materiales y su transporte.", "We donate equipment, materials and their shipping." },
			{ "Ofrecemos asistencia técnica y acompañamiento en sitio.",
					"We offer technical assistance and on-site support." },
			{ "Combinamos financiación, voluntariado y asesoría.", "We combine funding, volunteering and advice." } };

	private static final String[][] EXTRAS = {
			{ "La propuesta incluye una evaluación de impacto.", "The proposal includes an impact evaluation." },
			{ "Buscamos articular con la secretaría de educación.",
					"We wish to work with the local education office." },
			{ "Tenemos experiencia previa en la región.", "We have worked in the region before." },
			{ "Adjuntamos el presupuesto detallado.", "A detailed budget is attached." },
			// Rare on purpose: words that full-text search finds in few offers.
			{ "El piloto se llama Astrolabio.", "The pilot is called Astrolabe." } };

	private static final String[][] MESSAGES = {
			{ "Gracias por su propuesta; la revisaremos con el equipo.",
					"Thank you for your proposal; the team will review it." },
			{ "Por favor envíe el presupuesto por rubros y el cronograma.",
					"Please send the budget by item and the timeline." },
			{ "Adjunto el presupuesto y el cronograma solicitados.",
					"Attached are the budget and timeline requested." },
			{ "La propuesta se alinea con el proyecto estratégico; la aceptamos.",
					"The proposal fits the strategic project; we accept it." },
			{ "La propuesta no se ajusta a las prioridades de este año.",
					"The proposal does not fit this year's priorities." },
			{ "Retiramos la propuesta por cambios en nuestra financiación.",
					"We withdraw the proposal because our funding changed." },
			{ "Esta oferta repite una recibida antes; seguimos aquella.",
					"This offer repeats one received earlier; we follow that one." } };

	static final int THANKS = 0;

	static final int REQUEST = 1;

	static final int ANSWER = 2;

	static final int ACCEPT = 3;

	static final int DECLINE = 4;

	static final int WITHDRAW = 5;

	static final int DUPLICATE = 6;

	private OfferTexts() {
	}

	/**
	 * A topic and a place, kept so that a repeated offer can repeat its title.
	 */
	static int subject(SplittableRandom random) {
		return random.nextInt(TOPICS.length) * PLACES.length + random.nextInt(PLACES.length);
	}

	static String title(int subject, int opening, String language) {
		int lang = index(language);
		String topic = TOPICS[subject / PLACES.length][lang];
		String head = OPENINGS[opening % OPENINGS.length][lang];
		String text = head + (head.isEmpty() ? capitalised(topic) : topic) + " "
				+ PLACES[subject % PLACES.length][lang];
		return text;
	}

	static int opening(SplittableRandom random) {
		return random.nextInt(OPENINGS.length);
	}

	static String description(SplittableRandom random, int subject, String organisation, String language) {
		int lang = index(language);
		String topic = TOPICS[subject / PLACES.length][lang];
		String place = PLACES[subject % PLACES.length][lang];
		int months = 6 + random.nextInt(31);
		int students = 50 + random.nextInt(5000);
		int teachers = 5 + random.nextInt(200);
		StringBuilder text = new StringBuilder((lang == 0)
				? organisation + " propone un proyecto de " + topic + " " + place + " durante " + months
						+ " meses. Beneficiaría a unos " + students + " estudiantes y " + teachers + " docentes. "
				: organisation + " proposes a " + months + "-month project on " + topic + " " + place
						+ ". It would reach about " + students + " students and " + teachers + " teachers. ");
		text.append(CONTRIBUTIONS[random.nextInt(CONTRIBUTIONS.length)][lang]);
		int extras = random.nextInt(3);
		for (int i = 0; i < extras; i++) {
			int extra = (random.nextInt(1000) == 0) ? EXTRAS.length - 1 : random.nextInt(EXTRAS.length - 1);
			text.append(' ').append(EXTRAS[extra][lang]);
		}
		return text.toString();
	}

	static String message(int kind, String language) {
		return MESSAGES[kind][index(language)];
	}

	private static int index(String language) {
		return "en".equals(language) ? 1 : 0;
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
