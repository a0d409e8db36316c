package co.gov.mineducacion.cooperation.shared;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's own settings (prefix {@code portal}), validated at start-up.
 *
 * @param baseUrl the public address of the portal, used in links sent by email
 * @param signingSecret overrides the database-generated key that signs status links
 * (optional)
 * @param offers limits on offer submission and tracking
 * @param mail how the outbox delivers email
 * @param openData what the open-data files say about their publisher
 * @param cache how long an instance keeps the public catalogue in memory
 * @param reminders when staff are reminded of answers falling due
 * @param generator what the {@code generate-offers} profile makes (benchmarks only)
 * @param identity the marks of the Colombian State the pages show
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@NotNull @DefaultValue("http://localhost:8080") URI baseUrl, String signingSecret,
		@Valid @NotNull @DefaultValue Offers offers, @Valid @NotNull @DefaultValue Mail mail,
		@Valid @NotNull @DefaultValue OpenData openData, @Valid @NotNull @DefaultValue Cache cache,
		@Valid @NotNull @DefaultValue Reminders reminders, @Valid @NotNull @DefaultValue Generator generator,
		@Valid @NotNull @DefaultValue Identity identity) {

	/**
	 * @param submissionsPerHour offers one client address may submit per hour
	 * @param statusLookupsPerHour status look-ups one client address may make per hour
	 * @param statusLinkValidity how long the private status link in the email works
	 */
	public record Offers(@Min(1) @DefaultValue("10") int submissionsPerHour,
			@Min(1) @DefaultValue("30") int statusLookupsPerHour,
			@NotNull @DefaultValue("180d") Duration statusLinkValidity) {
	}

	/**
	 * @param from the sender address of the portal's email
	 * @param maxAttempts delivery attempts before a message is marked failed
	 * @param firstRetryDelay the wait after the first failure; it doubles each time, up
	 * to an hour
	 * @param pollInterval how often the outbox looks for email to send
	 */
	public record Mail(@NotBlank @Email @DefaultValue("cooperacion@mineducacion.gov.co") String from,
			@Min(1) @Max(50) @DefaultValue("10") int maxAttempts,
			@NotNull @DefaultValue("30s") Duration firstRetryDelay,
			@NotNull @DefaultValue("5s") Duration pollInterval) {
	}

	/**
	 * @param iatiReportingOrgRef the Ministry's IATI organisation identifier, the
	 * reporting organisation of the IATI file and the prefix of its activity identifiers;
	 * until the office sets it, the IATI file is not published
	 */
	public record OpenData(@Pattern(regexp = "[A-Za-z0-9]{2}-[A-Za-z0-9-]+") String iatiReportingOrgRef) {

		public boolean publishesIati() {
			return this.iatiReportingOrgRef != null && !this.iatiReportingOrgRef.isBlank();
		}

	}

	/**
	 * @param timeToLive how long an instance serves the catalogue and contact channels
	 * from memory before reading them again; an ADMIN's change empties the cache of the
	 * instance that made it at once, and the other instances within this time
	 */
	public record Cache(@NotNull @DefaultValue("60s") Duration timeToLive) {
	}

	/**
	 * @param cron when the deadline reminders go out, in Bogotá time (business mornings
	 * at 7:00 by default; holidays are skipped)
	 * @param businessDaysAhead how many business days before its due date an offer is
	 * first reminded of (overdue offers are reminded of too)
	 */
	public record Reminders(@NotBlank @DefaultValue("0 0 7 * * MON-FRI") String cron,
			@Min(0) @Max(15) @DefaultValue("3") int businessDaysAhead) {
	}

	/**
	 * @param offers how many offers the {@code generate-offers} profile makes
	 * @param seed the random seed: the same seed and number make the same offers
	 * @param staffPassword the password given to the first generated office member; when
	 * empty, one is made up and written to the log
	 * @param keepServing whether the portal goes on serving once the offers are made,
	 * rather than exiting
	 */
	public record Generator(@Min(1) @Max(10_000_000) @DefaultValue("1000000") int offers,
			@DefaultValue("20260101") long seed, String staffPassword, @DefaultValue("false") boolean keepServing) {
	}

	/**
	 * @param govcoLogo the GOV.CO wordmark of the top bar of every page, served at
	 * {@code /images/govco-logo}: a resource location such as
	 * {@code file:/srv/portal/govco.svg} (white on GOV.CO blue); by default the portal's
	 * own drawing
	 * @param coLogo the CO mark of the footer, served at {@code /images/co-logo},
	 * likewise
	 */
	public record Identity(@NotNull @DefaultValue("classpath:/identity/govco.svg") Resource govcoLogo,
			@NotNull @DefaultValue("classpath:/identity/co.svg") Resource coLogo) {
	}

}
