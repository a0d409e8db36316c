package co.gov.mineducacion.cooperation.benchmark;

import java.util.Locale;
import java.util.SplittableRandom;

import co.gov.mineducacion.cooperation.benchmark.GeneratedOffer.Contact;

/**
 * The people who write on behalf of organisations, with names, positions and telephone
 * numbers that fit the organisation's language and country.
 */
final class People {

	private static final String[] FIRST_ES = { "Ana", "María", "Carlos", "Juan", "Luisa", "Andrés", "Camila", "Diego",
			"Paula", "Santiago", "Valentina", "Felipe", "Laura", "Jorge", "Natalia", "Sebastián", "Daniela",
			"Alejandro", "Sofía", "Mateo" };

	private static final String[] LAST_ES = { "Rodríguez", "Gómez", "González", "Martínez", "García", "López",
			"Hernández", "Ramírez", "Sánchez", "Torres", "Rojas", "Díaz", "Moreno", "Vargas", "Castro", "Ortiz",
			"Jiménez", "Muñoz", "Restrepo", "Ospina" };

	private static final String[] FIRST_EN = { "James", "Emily", "Michael", "Sarah", "David", "Anna", "Thomas", "Kenji",
			"Yuna", "Lars", "Ingrid", "Pierre", "Claire", "Hans", "Sophie", "Oliver", "Grace", "Daniel", "Hannah" };

	private static final String[] LAST_EN = { "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Müller", "Schmidt",
			"Dubois", "Martin", "Tanaka", "Kim", "Andersson", "Jensen", "van Dijk", "Rossi", "O'Brien", "Clarke",
			"Evans", "Walker" };

	private static final String[] POSITIONS_ES = { "Directora de proyectos", "Coordinador de cooperación",
			"Representante legal", "Gerente de responsabilidad social", "Rectora", null };

	private static final String[] POSITIONS_EN = { "Programme Officer", "Director of Partnerships", "Education Attaché",
			"Project Manager", "Head of Cooperation", null };

	private People() {
	}

	static Contact contact(SplittableRandom random, Organisation organisation) {
		boolean es = organisation.language().equals("es");
		String first = Organisations.pick(random, es ? FIRST_ES : FIRST_EN);
		String last = Organisations.pick(random, es ? LAST_ES : LAST_EN);
		String position = Organisations.pick(random, es ? POSITIONS_ES : POSITIONS_EN);
		String email = Organisations.slug(first) + "." + Organisations.slug(last) + "@" + organisation.domain();
		return new Contact(first + " " + last, position, email, phone(random, organisation.country()));
	}

	/**
	 * What remains once the retention period has passed, as the anonymisation job leaves
	 * it.
	 */
	static Contact anonymised(String trackingCode) {
		return new Contact("—", null, "anonimizado+" + trackingCode.toLowerCase(Locale.ROOT) + "@invalid", null);
	}

	private static String phone(SplittableRandom random, String country) {
		if (random.nextInt(4) == 0) {
			return null;
		}
		String digits = String.format("%07d", random.nextInt(10_000_000));
		return "CO".equals(country) ? "+57 60" + (1 + random.nextInt(8)) + " " + digits
				: "+" + (20 + random.nextInt(70)) + " " + (100 + random.nextInt(900)) + " " + digits;
	}

}
