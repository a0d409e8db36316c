package co.gov.mineducacion.cooperation.test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.staff.EnrolledStaff;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What a {@link BrowserTest} drives: pages of the shared Chromium, each in a browser
 * context of its own (a first-time visitor) that is closed after the test, the portal's
 * addresses, and office members who sign in as a person does.
 */
public final class PortalBrowser {

	/** The password of every member this class creates. */
	public static final String PASSWORD = "clave-de-prueba-larga-2026";

	private final Browser chromium;

	private final ApplicationContext application;

	private final int port;

	private final List<BrowserContext> opened = new ArrayList<>();

	PortalBrowser(Browser chromium, ApplicationContext application) {
		this.chromium = chromium;
		this.application = application;
		this.port = application.getBean(Environment.class).getRequiredProperty("local.server.port", Integer.class);
	}

	/**
	 * The address of {@code path} on the portal under test.
	 */
	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * A fresh page, as a first-time visitor whose browser prefers the given language.
	 */
	public Page newPage(String acceptLanguage) {
		return opened(this.chromium.newPage(acceptLanguage));
	}

	public Page newPage(String acceptLanguage, int width, int height) {
		return opened(this.chromium.newPage(acceptLanguage, width, height));
	}

	public Page newPage(NewContextOptions options) {
		return opened(this.chromium.newPage(options));
	}

	private Page opened(Page page) {
		this.opened.add(page.context());
		return page;
	}

	/**
	 * A new ADMIN, with an authenticator app, signed in in Spanish: the page shows the
	 * office's dashboard.
	 */
	public Page signedInAdmin() {
		Member admin = newAdmin("jefa");
		Page page = newPage("es");
		page.navigate(url("/login"));
		signIn(page, admin);
		assertThat(page.locator("h1")).hasText("Panel de la Oficina");
		return page;
	}

	/**
	 * A new ADMIN with an authenticator app enrolled; {@code name} starts the email.
	 */
	public Member newAdmin(String name) {
		String email = email(name);
		return new Member(email, EnrolledStaff.admin(this.application, email, PASSWORD));
	}

	/**
	 * A new STAFF member with an authenticator app enrolled.
	 */
	public Member newStaff(String name) {
		String email = email(name);
		return new Member(email, EnrolledStaff.staff(this.application, email, PASSWORD));
	}

	/**
	 * A new STAFF member who signs in with the password alone, shown as
	 * {@code displayName}.
	 */
	public Member newStaffWithoutApp(String name, String displayName) {
		String email = email(name);
		this.application.getBean(JdbcTemplate.class)
			.update("INSERT INTO staff_account (email, display_name, password_hash, role, created_at) "
					+ "VALUES (?, ?, ?, 'STAFF', now())", email, displayName,
					this.application.getBean(PasswordEncoder.class).encode(PASSWORD));
		return new Member(email, null);
	}

	/**
	 * Files an offer through the public form in Spanish, from a non-governmental
	 * organisation offering way A05, and returns its filing number.
	 */
	public String fileOfferInSpanish(String organisation, String contactName, String email, String title,
			String description) {
		Page page = newPage("es");
		page.navigate(url("/offers/new?action=A05"));
		page.getByLabel("Nombre de la organización").fill(organisation);
		page.getByLabel("Tipo de organización").selectOption("NGO");
		page.getByLabel("Nombre completo").fill(contactName);
		page.getByLabel("Correo electrónico").fill(email);
		page.getByLabel("Título de la oferta").fill(title);
		page.getByLabel("Descripción").fill(description);
		page.getByLabel("Autorizo al Ministerio").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar la oferta")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar la oferta")).click();
		String code = page.locator(".tracking-code").textContent().strip();
		page.context().close();
		return code;
	}

	/**
	 * Fills the Spanish sign-in form the page shows, and the code of the member's app
	 * when they have one.
	 */
	public static void signIn(Page page, Member member) {
		page.getByLabel("Correo electrónico institucional").fill(member.email());
		page.getByLabel("Contraseña").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
		if (member.secret() != null) {
			assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
			page.getByLabel("Código de verificación").fill(Totp.code(member.secret(), 1));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar").setExact(true)).click();
		}
	}

	void closePages() {
		this.opened.forEach(BrowserContext::close);
		this.opened.clear();
	}

	private static String email(String name) {
		return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
	}

	/**
	 * An office member: their email and, when they enrolled an authenticator app, its
	 * secret.
	 */
	public record Member(String email, String secret) {

	}

}
