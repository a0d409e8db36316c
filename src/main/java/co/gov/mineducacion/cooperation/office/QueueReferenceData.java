package co.gov.mineducacion.cooperation.office;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.offer.ReviewMove;
import co.gov.mineducacion.cooperation.office.QueueChoices.Option;
import co.gov.mineducacion.cooperation.office.QueueChoices.Options;
import co.gov.mineducacion.cooperation.staff.StaffService;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the catalogue, the departments and the staff the queue chooses from, and labels
 * the fixed choices in the reader's language.
 */
@Component
class QueueReferenceData {

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final StaffService staff;

	private final MessageSource messages;

	QueueReferenceData(CatalogService catalog, TerritoryService territory, StaffService staff, MessageSource messages) {
		this.catalog = catalog;
		this.territory = territory;
		this.staff = staff;
		this.messages = messages;
	}

	QueueChoices choices(Locale locale) {
		List<Option> departments = new ArrayList<>();
		departments.add(new Option(QueueForm.NATIONAL, message("admin.queue.national", locale)));
		this.territory.departments().forEach((d) -> departments.add(new Option(d.code(), d.name())));
		return new QueueChoices(
				new Options(this.catalog.sectors(locale).stream().map((s) -> new Option(s.code(), s.name())).toList()),
				new Options(this.catalog.actionTypes(locale)
					.stream()
					.map((t) -> new Option(t.code(), t.code() + " · " + t.shortName()))
					.toList()),
				new Options(this.catalog.projectChoices(locale)
					.stream()
					.map((p) -> new Option(p.code(), p.code() + " · " + p.name()))
					.toList()),
				new Options(departments),
				new Options(this.staff.activeMembers()
					.stream()
					.map((m) -> new Option(String.valueOf(m.id()), m.displayName()))
					.toList()),
				labelled(Arrays.stream(OfferStatus.values()).map(OfferStatus::name), "OfferStatus.", locale),
				labelled(Stream.of("ME", "UNASSIGNED"), "admin.queue.assignee.", locale),
				labelled(Stream.of("OVERDUE", "DUE_SOON"), "admin.queue.filter.clock.", locale),
				labelled(Arrays.stream(OfferChannel.values()).map(OfferChannel::name), "OfferChannel.", locale));
	}

	BulkChoices bulkChoices(QueueChoices choices, Locale locale) {
		List<Option> assignees = new ArrayList<>();
		assignees.add(new Option(BulkForm.NOBODY, message("admin.queue.bulk.nobody", locale)));
		assignees.addAll(choices.staff().all());
		return new BulkChoices(labelled(Stream.of("ASSIGN", "STATUS", "EXPORT"), "admin.queue.bulk.action.", locale),
				new Options(assignees),
				labelled(ReviewMove.inBulk().stream().map((move) -> move.target().name()), "OfferStatus.", locale));
	}

	private Options labelled(Stream<String> codes, String prefix, Locale locale) {
		return new Options(codes.map((code) -> new Option(code, message(prefix + code, locale))).toList());
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
