package co.gov.mineducacion.cooperation.shared;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;
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
 * @param oidc how sign-ins through the Ministry's OpenID Connect provider map to staff
 * roles (the provider itself is a {@code spring.security.oauth2.client} registration)
 * @param identity the marks of the Colombian State the pages show
 * @param terms the legal terms of the petition workflow (Ley 1755 de 2015)
 * @param staffNotifications when staff get their daily digest of news about offers
 * @param admission how many requests the portal works on at once
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@NotNull @DefaultValue("http://localhost:8080") URI baseUrl, String signingSecret,
		@Valid @NotNull @DefaultValue Offers offers, @Valid @NotNull @DefaultValue Mail mail,
		@Valid @NotNull @DefaultValue OpenData openData, @Valid @NotNull @DefaultValue Cache cache,
		@Valid @NotNull @DefaultValue Reminders reminders, @Valid @NotNull @DefaultValue Oidc oidc,
		@Valid @NotNull @DefaultValue Identity identity, @Valid @NotNull @DefaultValue Terms terms,
		@Valid @NotNull @DefaultValue StaffNotifications staffNotifications,
		@Valid @NotNull @DefaultValue Admission admission) {

	/**
	 * @param submissionsPerHour offers one client address may submit per hour
	 * @param statusLookupsPerHour status look-ups one client address may make per hour
	 * @param statusLinkValidity how long the private status link in the email works
	 * @param staffFilingMaxAge how long ago an offer the office files on someone's behalf
	 * (taken by phone, in person, by email or by post) may have been received; an older
	 * date is taken for a typing mistake
	 */
	public record Offers(@Min(1) @DefaultValue("10") int submissionsPerHour,
			@Min(1) @DefaultValue("30") int statusLookupsPerHour,
			@NotNull @DefaultValue("180d") Duration statusLinkValidity,
			@NotNull @DefaultValue("30d") Duration staffFilingMaxAge) {
	}

	/**
	 * @param from the sender address of the portal's email
	 * @param maxAttempts delivery attempts before a message is marked failed
	 * @param firstRetryDelay the wait after the first failure; it doubles each time, up
	 * to an hour
	 * @param pollInterval how often the outbox looks for email to send
	 * @param maxAttachmentsSize the most an email may carry in files, all together (an
	 * offer's documents forwarded to the competent entity): mail servers refuse larger
	 * messages, and encoding makes the files a third larger on the way
	 */
	public record Mail(@NotBlank @Email @DefaultValue("cooperacion@mineducacion.gov.co") String from,
			@Min(1) @Max(50) @DefaultValue("10") int maxAttempts,
			@NotNull @DefaultValue("30s") Duration firstRetryDelay, @NotNull @DefaultValue("5s") Duration pollInterval,
			@NotNull @DefaultValue("15MB") DataSize maxAttachmentsSize) {
	}

	/**
	 * @param iatiReportingOrgRef the Ministry's IATI organisation identifier, the
	 * reporting organisation of the IATI file and the prefix of its activity identifiers;
	 * until the office sets it, the IATI file is not published; an identifier whose
	 * prefix is no IATI registration agency stops the start rather than publish an
	 * invalid file
	 */
	public record OpenData(@IatiOrganisationIdentifier String iatiReportingOrgRef) {

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
	 * @param rolesClaim the ID token (or user info) claim that carries the person's roles
	 * or groups: a list or a single value ({@code roles} for Entra ID app roles,
	 * {@code groups} for groups)
	 * @param staffValues the claim values that make someone STAFF
	 * @param adminValues the claim values that make someone ADMIN (ADMIN wins over STAFF)
	 * @param multiFactorAmr {@code amr} values (RFC 8176) that show the provider checked
	 * a second factor; an ADMIN signing in without one still gives the portal's own code
	 * @param multiFactorAcr {@code acr} values that show the same (for example Keycloak's
	 * level of authentication); none by default
	 * @param emailVerifiedClaim the claim that says the provider verified the email
	 * ({@code email_verified}; Entra ID sends {@code xms_edov} instead, as an optional
	 * claim)
	 */
	public record Oidc(@NotBlank @DefaultValue("roles") String rolesClaim,
			@NotEmpty @DefaultValue("STAFF") List<@NotBlank String> staffValues,
			@NotEmpty @DefaultValue("ADMIN") List<@NotBlank String> adminValues, List<@NotBlank String> multiFactorAmr,
			@NotNull @DefaultValue List<@NotBlank String> multiFactorAcr,
			@NotBlank @DefaultValue("email_verified") String emailVerifiedClaim) {

		/**
		 * RFC 8176 values that mean a second factor was checked, unless set otherwise.
		 */
		static final List<String> MULTI_FACTOR_AMR = List.of("mfa", "otp", "hwk", "sc");

		public Oidc {
			multiFactorAmr = (multiFactorAmr != null) ? multiFactorAmr : MULTI_FACTOR_AMR;
		}

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

	/**
	 * The terms of Ley 1755 de 2015 the office works to, each with its legal default,
	 * counted on Colombia's business calendar.
	 *
	 * @param answerBusinessDays business days to answer an offer (art. 14)
	 * @param extensionMaxFactor how many times the answer term an extended due date may
	 * reach, counted from the day the term started (art. 14, parágrafo: twice)
	 * @param forwardingBusinessDays business days to forward an offer the Ministry is not
	 * competent for to the entity that is (art. 21)
	 * @param informationMonths calendar months the submitter has to answer a request for
	 * information (art. 17: one month)
	 * @param informationExtensionMonths how many more months the submitter may ask for,
	 * once (art. 17: up to as long again)
	 * @param tacitWithdrawalCron when offers left without an answer are closed as tacitly
	 * withdrawn, in Bogotá time (00:30 every day by default)
	 */
	public record Terms(@Min(1) @Max(60) @DefaultValue("15") int answerBusinessDays,
			@Min(1) @Max(5) @DefaultValue("2") int extensionMaxFactor,
			@Min(1) @Max(12) @DefaultValue("1") int informationMonths,
			@Min(0) @Max(12) @DefaultValue("1") int informationExtensionMonths,
			@Min(1) @Max(30) @DefaultValue("5") int forwardingBusinessDays,
			@NotBlank @DefaultValue("0 30 0 * * *") String tacitWithdrawalCron) {
	}

	/**
	 * When staff get their daily digest of news about offers.
	 *
	 * @param digestCron when the daily digests of news about offers go out, in Bogotá
	 * time (7:00 every day by default); a member gets at most one a day
	 */
	public record StaffNotifications(@NotBlank @DefaultValue("0 0 7 * * *") String digestCron) {
	}

	/**
	 * @param maxConcurrentRequests the requests the portal works on at once (pages it
	 * keeps, files and the health probe are not counted); more wait their turn
	 * @param maxWait how long a request waits for its turn before it is answered 503 with
	 * {@code Retry-After} (the offer form comes back with what was typed): long enough
	 * for a burst to be served (two hundred people confirming at once take several
	 * seconds on two cores), since the waiting requests cost little: their connections
	 * are bounded by {@code server.tomcat.max-connections}
	 */
	public record Admission(@Min(1) @Max(10_000) @DefaultValue("32") int maxConcurrentRequests,
			@NotNull @DefaultValue("20s") Duration maxWait) {
	}

}
