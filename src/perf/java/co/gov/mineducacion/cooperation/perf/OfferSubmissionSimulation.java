package co.gov.mineducacion.cooperation.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Target 2 of the benchmark: new visitors arrive at a constant rate (an open model, so a
 * slow portal meets a growing queue rather than a politely waiting client), each opens
 * the offer form, posts a valid offer with the form's CSRF token and follows the 303 to
 * the confirmation page, which must show a filing number. Every visitor is a different
 * organisation with its own email, title and language.
 * <p>
 * System properties: {@code perf.baseUrl}, {@code perf.rate} (visitors a second),
 * {@code perf.seconds}, {@code perf.results} (a file that receives the count of filing
 * numbers shown, how many were distinct and the time from the first confirmation to the
 * last, which submission.sh compares with the database).
 */
public class OfferSubmissionSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("perf.baseUrl", "http://localhost:8080");

	private static final double RATE = Double.parseDouble(System.getProperty("perf.rate", "200"));

	private static final int SECONDS = Integer.getInteger("perf.seconds", 60);

	private static final Path RESULTS = Path.of(System.getProperty("perf.results", "target/perf/submission.env"));

	private static final List<String> ORGANISATIONS = List.of("Fundación Horizonte Educativo",
			"Corporación Aprender Juntos", "Asociación Maestros del Caribe", "Universidad del Pacífico",
			"Global Learning Partners", "British Education Trust", "Agencia Andina de Cooperación",
			"Fundación Lectura Rural", "Open Schools Initiative", "Cámara de Comercio de la Frontera");

	private static final List<String> TITLES = List.of("Laboratorios de bilingüismo para docentes rurales",
			"Bibliotecas escolares en La Guajira", "Teacher training in digital skills",
			"Alimentación escolar con productores locales", "STEM clubs for secondary schools",
			"Becas de maestría para docentes", "Conectividad para sedes rurales", "Early childhood reading programme");

	private static final List<String> SECTORS = List.of("NGO", "COMPANY", "INSTITUTION", "MULTILATERAL",
			"FOREIGN_GOV");

	private static final List<String> PROJECTS = List.of("PBM-CAL-01", "PBM-COB-02", "PBM-PER-01", "SUP-CAL-03",
			"SUP-COB-01", "SUP-PER-03");

	private static final List<String> DEPARTMENTS = List.of("05", "08", "11", "44", "52", "68", "76", "NATIONAL");

	private static final AtomicLong VISITORS = new AtomicLong();

	private static final Set<String> TRACKING_CODES = ConcurrentHashMap.newKeySet();

	private static final AtomicLong CONFIRMATIONS = new AtomicLong();

	private static final AtomicLong FIRST_CONFIRMATION = new AtomicLong();

	private static final AtomicLong LAST_CONFIRMATION = new AtomicLong();

	private final HttpProtocolBuilder browser = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("es-CO,es;q=0.9,en;q=0.8")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0");

	private final ScenarioBuilder submitOffer = scenario("Submit an offer").feed(visitors())
		.exec(http("offer form").get("/offers/new")
			.check(status().is(200))
			.check(css("input[name=_csrf]", "value").saveAs("csrf"))
			.check(css("input[name=formToken]", "value").saveAs("formToken")))
		.exec(http("post offer").post("/offers")
			.formParam("_csrf", "#{csrf}")
			.formParam("formToken", "#{formToken}")
			.formParam("organizationName", "#{organisation}")
			.formParam("sector", "#{sector}")
			.formParam("country", "#{country}")
			.formParam("website", "https://example.org/#{n}")
			.formParam("contactName", "Ana María Restrepo #{n}")
			.formParam("contactPosition", "Directora de alianzas")
			.formParam("contactEmail", "#{email}")
			.formParam("contactPhone", "+57 601 555 1234")
			.formParam("preferredLanguage", "#{language}")
			.formParam("title", "#{title}")
			.formParam("description", "#{description}")
			.formParam("actionTypes", "#{actionType}")
			.formParam("actionTypes", "A05")
			.formParam("strategicProjects", "#{project}")
			.formParam("departments", "#{department}")
			.formParam("contributionKind", "TECHNICAL")
			.formParam("estimatedValue", "#{value}")
			.formParam("currency", "COP")
			.formParam("startDate", "2027-02-01")
			.formParam("endDate", "2028-12-15")
			.formParam("consent", "true")
			.asMultipartForm()
			.check(status().is(200))
			.check(css(".tracking-code").saveAs("trackingCode")))
		.exec((session) -> {
			long now = System.currentTimeMillis();
			FIRST_CONFIRMATION.compareAndSet(0, now);
			LAST_CONFIRMATION.accumulateAndGet(now, Math::max);
			CONFIRMATIONS.incrementAndGet();
			TRACKING_CODES.add(session.getString("trackingCode"));
			return session;
		});

	{
		setUp(this.submitOffer.injectOpen(constantUsersPerSec(RATE).during(SECONDS)))
			.protocols(this.browser);
	}

	@Override
	public void after() {
		try {
			Files.createDirectories(RESULTS.toAbsolutePath().getParent());
			// From the first confirmation to the last: a portal that falls behind stretches
			// it, and the rate it sustained drops below the offered one.
			long millis = Math.max(1, LAST_CONFIRMATION.get() - FIRST_CONFIRMATION.get());
			Files.writeString(RESULTS, "confirmations=%d%ndistinct_codes=%d%nmillis=%d%n".formatted(CONFIRMATIONS.get(),
					TRACKING_CODES.size(), millis));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One new visitor after another, each a different organisation, email and title.
	 */
	private static Iterator<Map<String, Object>> visitors() {
		return Stream.generate(() -> {
			long n = VISITORS.incrementAndGet();
			int i = (int) n;
			boolean colombian = i % 3 != 0;
			Map<String, Object> visitor = new HashMap<>();
			visitor.put("n", n);
			visitor.put("organisation", ORGANISATIONS.get(i % ORGANISATIONS.size()) + " " + n);
			visitor.put("sector", SECTORS.get(i % SECTORS.size()));
			visitor.put("country", colombian ? "CO" : "US");
			visitor.put("email", "contacto" + n + "@cooperante" + (i % 97) + ".example.org");
			visitor.put("language", (i % 4 == 0) ? "en" : "es");
			visitor.put("title", TITLES.get(i % TITLES.size()) + " (" + n + ")");
			visitor.put("description", "Propuesta " + n + ": " + TITLES.get((i + 3) % TITLES.size())
					+ ". Formación, materiales y acompañamiento durante dos años.");
			visitor.put("actionType", "A%02d".formatted(1 + i % 13));
			visitor.put("project", PROJECTS.get(i % PROJECTS.size()));
			visitor.put("department", DEPARTMENTS.get(i % DEPARTMENTS.size()));
			visitor.put("value", String.valueOf(50_000_000L + (n % 1000) * 1_000_000L));
			return visitor;
		}).iterator();
	}

}
