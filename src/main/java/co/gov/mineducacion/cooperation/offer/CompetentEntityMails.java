package co.gov.mineducacion.cooperation.offer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.notification.EmailAttachment;
import co.gov.mineducacion.cooperation.notification.EmailMessage;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the email that sends an offer to the competent entity (Ley 1755 de 2015, art.
 * 21), in Spanish: the offer's content as text, one labelled line per field, and its
 * documents: attached when staff choose to send them, otherwise named, with the office
 * sending them on request.
 */
@Component
class CompetentEntityMails {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final CatalogService catalog;

	private final TerritoryService territory;

	CompetentEntityMails(ITemplateEngine templates, MessageSource messages, CatalogService catalog,
			TerritoryService territory) {
		this.templates = templates;
		this.messages = messages;
		this.catalog = catalog;
		this.territory = territory;
	}

	EmailMessage forwarded(Offer offer, Forwarding forwarding) {
		Context context = new Context(SPANISH,
				Map.of("entityName", forwarding.entityName(), "trackingCode", offer.trackingCode(), "receivedOn",
						OfferMails.longDate(LegalTerms.day(offer.receivedAt()), SPANISH), "fields", fields(offer),
						"documents", offer.attachments().stream().map(OfferAttachment::fileName).toList(),
						"documentsAttached", forwarding.hasDocumentsAttached()));
		String subject = this.messages.getMessage("mail.entity.subject", new Object[] { offer.trackingCode() },
				SPANISH);
		return new EmailMessage(forwarding.entityEmail(), subject,
				this.templates.process("mail/offer-forwarded-entity-text", context),
				this.templates.process("mail/offer-forwarded-entity", context),
				forwarding.hasDocumentsAttached() ? offer.attachments()
					.stream()
					.map((document) -> new EmailAttachment(document.fileName(), document.mediaType(),
							document.content()))
					.toList() : List.of());
	}

	private List<Field> fields(Offer offer) {
		List<Field> fields = new ArrayList<>();
		Organisation organisation = offer.organisation();
		add(fields, "offer.form.organizationName", organisation.name());
		add(fields, "offer.form.country", Countries.name(organisation.country(), SPANISH));
		add(fields, "offer.form.taxId", organisation.taxId());
		add(fields, "offer.form.website", organisation.website());
		ContactPerson contact = offer.contact();
		add(fields, "offer.form.contactName", contact.name());
		add(fields, "offer.form.contactPosition", contact.position());
		add(fields, "offer.form.contactEmail", contact.email());
		add(fields, "offer.form.contactPhone", contact.phone());
		add(fields, "admin.filing.contactPostalAddress", contact.postalAddress());
		add(fields, "offer.form.title", offer.title());
		add(fields, "offer.form.description", offer.description());
		add(fields, "offer.form.actionTypes", names(offer.actionTypes(), this.catalog.actionTypes(SPANISH)
			.stream()
			.collect(Collectors.toMap(ActionTypeView::code, (type) -> type.code() + " · " + type.shortName()))::get));
		add(fields, "offer.form.departments",
				offer.isNationalScope() ? label("offer.form.departments.national")
						: names(offer.departments(),
								this.territory.departments()
									.stream()
									.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name))::get));
		Contribution contribution = offer.contribution();
		if (contribution.kind() != null) {
			add(fields, "offer.form.contributionKind", label("ContributionKind." + contribution.kind().name()));
		}
		BigDecimal value = contribution.estimatedValue();
		if (value != null) {
			add(fields, "offer.form.estimatedValue", value.toPlainString()
					+ ((contribution.currency() != null) ? " " + contribution.currency().name() : ""));
		}
		if (contribution.startDate() != null) {
			add(fields, "offer.form.startDate", OfferMails.longDate(contribution.startDate(), SPANISH));
		}
		if (contribution.endDate() != null) {
			add(fields, "offer.form.endDate", OfferMails.longDate(contribution.endDate(), SPANISH));
		}
		return fields;
	}

	private static String names(Collection<String> codes, Function<String, String> names) {
		return codes.stream().map((code) -> {
			String name = names.apply(code);
			return (name != null) ? name : code;
		}).collect(Collectors.joining(", "));
	}

	private void add(List<Field> fields, String key, String value) {
		if (value != null && !value.isBlank()) {
			fields.add(new Field(label(key), value));
		}
	}

	private String label(String key) {
		return this.messages.getMessage(key, null, SPANISH);
	}

	/**
	 * One labelled line of the offer's content.
	 */
	record Field(String label, String value) {
	}

}
