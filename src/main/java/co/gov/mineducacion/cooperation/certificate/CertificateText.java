package co.gov.mineducacion.cooperation.certificate;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.Colombia;

import org.springframework.context.MessageSource;

/**
 * A certificate's facts written in one language: labels, the kind of contribution, the
 * ways to cooperate by name, dates and the amount with its currency code (never
 * converted). The PDF holds one of these per language; the verification page the
 * reader's.
 *
 * @param locale the language
 * @param kind the kind of contribution, or {@code null} when the offer did not say
 * @param ways the ways to cooperate, by name
 * @param period the contribution's dates, or {@code null} when the offer gave none
 * @param amount the amount with its currency, or {@code null} when none was recorded
 * @param accepted the day the office accepted the offer, or {@code null}
 * @param issued the day the certificate was issued
 * @param revoked the day it was revoked, or {@code null}
 * @param messages where labels come from
 */
record CertificateText(Locale locale, String kind, List<String> ways, String period, String amount, String accepted,
		String issued, String revoked, MessageSource messages) {

	static CertificateText of(CertificateView certificate, Locale locale, Map<String, String> wayNames,
			MessageSource messages) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		String kind = (certificate.contributionKind() != null)
				? messages.getMessage("ContributionKind." + certificate.contributionKind(), null, locale) : null;
		List<String> ways = certificate.actionTypes()
			.stream()
			.map((code) -> code + " · " + wayNames.getOrDefault(code, code))
			.toList();
		return new CertificateText(locale, kind, ways,
				period(certificate.startDate(), certificate.endDate(), dates, messages, locale),
				amount(certificate, locale), day(certificate.acceptedAt(), dates), day(certificate.issuedAt(), dates),
				day(certificate.revokedAt(), dates), messages);
	}

	/**
	 * A label in this text's language.
	 */
	public String label(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	private static String period(LocalDate start, LocalDate end, DateTimeFormatter dates, MessageSource messages,
			Locale locale) {
		if (start == null && end == null) {
			return null;
		}
		String from = (start != null) ? start.format(dates) : "…";
		String to = (end != null) ? end.format(dates) : "…";
		return messages.getMessage("certificate.period", new Object[] { from, to }, locale);
	}

	private static String amount(CertificateView certificate, Locale locale) {
		if (certificate.amount() == null) {
			return null;
		}
		DecimalFormat number = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
		return certificate.currency() + " " + number.format(certificate.amount());
	}

	private static String day(Instant instant, DateTimeFormatter dates) {
		return (instant != null) ? instant.atZone(Colombia.TIME_ZONE).toLocalDate().format(dates) : null;
	}

}
