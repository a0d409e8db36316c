package co.gov.mineducacion.cooperation.shared.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.Emails;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static co.gov.mineducacion.cooperation.shared.security.Payloads.LONG;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.SHORT;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.assertInert;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What staff write to people (answer templates, review messages, answers to personal-data
 * requests, invitations) and to each other (internal notes) is text on the office's
 * pages, on the submitter's status page and in the HTML part of the delivered email; a
 * line break in a subject never adds a mail header.
 */
@PortalTest
@WithAdmin
class StaffMessageEscapingTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static final Pattern STATUS_LINK = Pattern.compile("http://\\S+/offers/status/[^\\s<\"]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAnswerTemplateAndTheMessageSentWithItAreTextOnEveryPageAndInTheEmail() throws Exception {
		String name = SHORT + " " + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/admin/answer-templates/new").param("version", "0")
				.param("name", name)
				.param("purpose", "REQUEST_INFORMATION")
				.param("subjectEs", SHORT + " asunto")
				.param("bodyEs", LONG)
				.param("subjectEn", SHORT + " subject")
				.param("bodyEn", LONG)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long template = this.jdbc.queryForObject("SELECT id FROM answer_template WHERE name = ?", Long.class, name);
		assertShownAsText("template list", page("/admin/answer-templates"), name);
		assertShownAsText("template form", page("/admin/answer-templates/" + template), LONG);

		String email = "xss+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String code = fileOffer(email);
		this.mvc.perform(post("/admin/offers/" + code + "/start-review").param("version", version(code)).with(csrf()));
		String chosen = page("/admin/offers/" + code + "?template=" + template);
		assertShownAsText("offer page with the template chosen", chosen, SHORT + " asunto");
		assertShownAsText("offer page with the template chosen", chosen, LONG);

		this.mvc
			.perform(post("/admin/offers/" + code + "/notes").param("message", LONG + "\nnota interna").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/offers/" + code + "/request-information").param("version", version(code))
				.param("template", String.valueOf(template))
				.param("subject", SHORT + " asunto\r\nBcc: intruso@example.org")
				.param("message", LONG)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		String office = page("/admin/offers/" + code);
		assertShownAsText("offer page", office, LONG + "\nnota interna");
		assertInert("audit log", page("/admin/audit"));

		MimeMessage sent = awaitEmail(email, 2);
		String html = html(sent);
		assertShownAsText("email", html, LONG);
		assertThat(sent.getSubject()).contains(SHORT + " asunto").doesNotContain("\n", "\r");
		assertThat(sent.getHeader("Bcc")).isNull();
		assertThat(smtp.getReceivedMessagesForDomain("intruso@example.org")).isEmpty();

		Matcher link = STATUS_LINK.matcher(Emails.text(sent));
		assertThat(link.find()).isTrue();
		String status = this.mvc.perform(get(link.group().replaceFirst("^http://[^/]+", "")).with(anonymous()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertShownAsText("status page", status, LONG);
		assertThat(status).doesNotContain("nota interna");
	}

	@Test
	void aPersonalDataRequestAndItsAnswerAreTextOnThePagesAndInTheEmail() throws Exception {
		String requester = "titular+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.mvc
			.perform(post("/admin/data-requests/new").param("kind", "CONSULT")
				.param("receivedOn", "2026-01-15")
				.param("requesterName", SHORT + " titular")
				.param("requesterEmail", requester)
				.param("description", LONG)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT id FROM data_subject_request WHERE requester_email = ?", Long.class,
				requester);
		assertShownAsText("request list", page("/admin/data-requests"), SHORT + " titular");
		assertShownAsText("request page", page("/admin/data-requests/" + id), LONG);

		this.mvc.perform(
				post("/admin/data-requests/" + id + "/answer").param("version", "0").param("answer", LONG).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertShownAsText("answered request page", page("/admin/data-requests/" + id), LONG);
		String html = html(awaitEmail(requester, 1));
		assertInert("answer email", html);
		assertThat(html).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
	}

	@Test
	void anInvitedMembersNameIsTextOnTheStaffPagesAndInTheInvitation() throws Exception {
		String email = "persona+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.mvc
			.perform(post("/admin/staff/new").param("email", email)
				.param("displayName", SHORT + " nombre")
				.param("role", "STAFF")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertShownAsText("staff list", page("/admin/staff"), SHORT + " nombre");

		MimeMessage invitation = awaitEmail(email, 1);
		assertShownAsText("invitation", html(invitation), SHORT + " nombre");
		Matcher link = Pattern.compile("http://\\S+(/staff/set-password/[^\\s<\"]+)").matcher(Emails.text(invitation));
		assertThat(link.find()).isTrue();
		assertShownAsText("set-password page",
				this.mvc.perform(get(link.group(1)).with(anonymous()))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8),
				SHORT + " nombre");
	}

	private String fileOffer(String email) throws Exception {
		MockHttpServletRequestBuilder offer = post("/offers").param("formToken", UUID.randomUUID().toString())
			.param("organizationName", SHORT + " organización")
			.param("sector", "NGO")
			.param("country", "ES")
			.param("contactName", SHORT + " nombre")
			.param("contactEmail", email)
			.param("preferredLanguage", "es")
			.param("title", SHORT + " título")
			.param("description", LONG)
			.param("actionTypes", "A05")
			.param("consent", "true")
			.with(csrf())
			.with(anonymous());
		int n = CLIENTS.incrementAndGet();
		return (String) this.mvc.perform(offer.with((request) -> {
			request.setRemoteAddr("10.241." + ((n >> 8) & 255) + "." + (n & 255));
			return request;
		})).andExpect(status().isSeeOther()).andReturn().getFlashMap().get("trackingCode");
	}

	private String version(String code) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM offer WHERE tracking_code = ?", Long.class, code));
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MimeMessage awaitEmail(String recipient, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> to(recipient).size() >= count);
		return to(recipient).get(count - 1);
	}

	private static List<MimeMessage> to(String recipient) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipients(m).anyMatch(recipient::equals))
			.toList();
	}

	private static java.util.stream.Stream<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getAllRecipients()).map(Object::toString);
		}
		catch (jakarta.mail.MessagingException ex) {
			return java.util.stream.Stream.empty();
		}
	}

	/**
	 * The HTML part of a message.
	 */
	private static String html(Part part) throws Exception {
		if (part.isMimeType("text/html")) {
			// SMTP carries line ends as CRLF.
			return ((String) part.getContent()).replace("\r\n", "\n");
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String html = html(child);
				if (html != null) {
					return html;
				}
			}
		}
		return null;
	}

}
