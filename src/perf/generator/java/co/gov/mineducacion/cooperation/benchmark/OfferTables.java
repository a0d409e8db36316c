package co.gov.mineducacion.cooperation.benchmark;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.benchmark.GeneratedOffer.Event;
import co.gov.mineducacion.cooperation.benchmark.GeneratedOffer.History;
import org.postgresql.copy.CopyManager;

/**
 * Writes generated offers with PostgreSQL's COPY: the offers, the codes they name, the
 * submitters' consents and the histories, one COPY per table for each batch.
 */
final class OfferTables {

	private static final String OFFER_COLUMNS = "id, tracking_code, form_token, status, organization_name, sector, "
			+ "country, tax_id, website, contact_name, contact_position, contact_email, contact_phone, "
			+ "preferred_language, title, description, national_scope, contribution_kind, estimated_value, currency, "
			+ "start_date, end_date, received_at, updated_at, version, assignee_id, response_clock_started_at, "
			+ "project_codes, department_codes, action_type_codes, duplicate_of_id, contact_data_anonymised_at";

	private final CopyManager copy;

	private final String noticeVersion;

	private final Map<String, String> noticeSha256ByLanguage;

	OfferTables(CopyManager copy, String noticeVersion, Map<String, String> noticeSha256ByLanguage) {
		this.copy = copy;
		this.noticeVersion = noticeVersion;
		this.noticeSha256ByLanguage = noticeSha256ByLanguage;
	}

	void write(List<GeneratedOffer> offers) throws SQLException {
		try (CopyStream rows = CopyStream.into(this.copy, "offer", OFFER_COLUMNS)) {
			for (GeneratedOffer offer : offers) {
				offerRow(rows, offer);
			}
		}
		links(offers, "offer_strategic_project", "project_code", 0);
		links(offers, "offer_department", "divipola_code", 1);
		links(offers, "offer_action_type", "action_type_code", 2);
		try (CopyStream rows = CopyStream.into(this.copy, "personal_data_consent",
				"offer_id, notice_version, notice_sha256, notice_language, granted_at, client_address")) {
			for (GeneratedOffer offer : offers) {
				rows.row(offer.id(), this.noticeVersion, this.noticeSha256ByLanguage.get(offer.language()),
						offer.language(), offer.receivedAt(), offer.clientAddress());
			}
		}
		try (CopyStream rows = CopyStream.into(this.copy, "offer_event",
				"offer_id, occurred_at, actor, kind, old_status, new_status, message, visible_to_submitter")) {
			for (GeneratedOffer offer : offers) {
				for (Event e : offer.history().events()) {
					rows.row(offer.id(), e.occurredAt(), e.actor(), e.kind(), e.oldStatus(), e.newStatus(), e.message(),
							e.visibleToSubmitter());
				}
			}
		}
	}

	private static void offerRow(CopyStream rows, GeneratedOffer offer) throws SQLException {
		Organisation organisation = offer.organisation();
		GeneratedOffer.Contact contact = offer.contact();
		GeneratedOffer.Proposal proposal = offer.proposal();
		GeneratedOffer.Codes codes = offer.codes();
		History history = offer.history();
		boolean anonymised = history.anonymisedAt() != null;
		rows.row(offer.id(), offer.trackingCode(), offer.formToken(), history.status(), organisation.name(),
				organisation.sector(), organisation.country(), anonymised ? null : organisation.taxId(),
				organisation.website(), contact.name(), contact.position(), contact.email(), contact.phone(),
				offer.language(), proposal.title(), proposal.description(), codes.nationalScope(),
				proposal.contributionKind(), proposal.estimatedValue(), proposal.currency(), proposal.startDate(),
				proposal.endDate(), offer.receivedAt(), history.updatedAt(),
				history.events().size() - 1 + (anonymised ? 1 : 0), history.assigneeId(), history.clockStartedAt(),
				codes.projects(), codes.departments(), codes.actionTypes(), history.duplicateOfId(),
				history.anonymisedAt());
	}

	private void links(List<GeneratedOffer> offers, String table, String column, int which) throws SQLException {
		try (CopyStream rows = CopyStream.into(this.copy, table, "offer_id, " + column)) {
			for (GeneratedOffer offer : offers) {
				GeneratedOffer.Codes codes = offer.codes();
				List<String> named = switch (which) {
					case 0 -> codes.projects();
					case 1 -> codes.departments();
					default -> codes.actionTypes();
				};
				for (String code : named) {
					rows.row(offer.id(), code);
				}
			}
		}
	}

}
