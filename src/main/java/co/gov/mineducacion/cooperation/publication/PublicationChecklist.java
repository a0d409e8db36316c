package co.gov.mineducacion.cooperation.publication;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.contact.ChannelKind;
import co.gov.mineducacion.cooperation.contact.ChannelView;
import co.gov.mineducacion.cooperation.contact.ContactDirectory;
import co.gov.mineducacion.cooperation.shared.text.Languages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What stands between the portal and publication on a .gov.co address: each
 * {@link ChecklistElement}, ready or missing, decided from what the public pages would
 * show now (the office's settings, the stored policies, the published contact channels,
 * the pages the portal answers), never from a list kept by hand.
 */
@Service
public class PublicationChecklist {

	/** Where the marks of the Colombian State are served (the top bar and the footer). */
	static final String GOVCO_MARK = "/images/govco-logo";

	static final String CO_MARK = "/images/co-logo";

	private final OfficeIdentityService identity;

	private final LegalTexts texts;

	private final ContactDirectory contacts;

	private final PortalParts portal;

	private final MessageSource messages;

	PublicationChecklist(OfficeIdentityService identity, LegalTexts texts, ContactDirectory contacts,
			PortalParts portal, MessageSource messages) {
		this.identity = identity;
		this.texts = texts;
		this.contacts = contacts;
		this.portal = portal;
		this.messages = messages;
	}

	public Checklist checklist() {
		State state = new State(this.identity.settings(), this.contacts.channels(Languages.SPANISH),
				this.texts.statuses().stream().map(LegalTexts.TextStatus::kind).collect(Collectors.toSet()));
		return new Checklist(Arrays.stream(ChecklistElement.values())
			.map((element) -> new ChecklistItem(element.labelKey(), element.sourceKey(), ready(element, state),
					fixPath(element)))
			.toList());
	}

	private boolean ready(ChecklistElement element, State state) {
		IdentitySettings settings = state.settings();
		return switch (element) {
			case TOP_BAR -> this.portal.answers(GOVCO_MARK);
			case FOOTER_NAMES -> named("layout.ministry") && named("layout.office");
			case FOOTER_ADDRESS -> state.has(ChannelKind.MAILING_ADDRESS);
			case FOOTER_POSTAL_CODE -> settings.postalCode() != null;
			case FOOTER_HOURS -> settings.openingHoursEs() != null && settings.openingHoursEn() != null;
			case FOOTER_PHONES -> state.channels().stream().anyMatch((channel) -> channel.kind().isDialled());
			case FOOTER_EMAIL -> settings.institutionalEmail() != null;
			case FOOTER_JUDICIAL_EMAIL -> settings.judicialEmail() != null;
			case FOOTER_TRANSPARENCY -> settings.transparencyUrl() != null;
			case FOOTER_CITIZEN_SERVICE -> settings.citizenServiceUrl() != null;
			case FOOTER_PARTICIPATION -> settings.participationUrl() != null;
			case FOOTER_MARKS -> this.portal.answers(GOVCO_MARK) && this.portal.answers(CO_MARK);
			case TERMS -> policy(LegalTextKind.TERMS, state);
			case PRIVACY_NOTICE -> this.portal.answers("/privacy");
			case PERSONAL_DATA_POLICY -> policy(LegalTextKind.PERSONAL_DATA_POLICY, state);
			case COPYRIGHT -> policy(LegalTextKind.COPYRIGHT, state);
			case ACCESSIBILITY_STATEMENT -> policy(LegalTextKind.ACCESSIBILITY, state);
			case SITE_MAP -> this.portal.answers("/site-map");
			case SEARCH -> this.portal.answers("/search");
			case ACCESSIBILITY_TOOLS -> this.portal.hasAccessibilityTools();
		};
	}

	private boolean policy(LegalTextKind kind, State state) {
		return state.texts().contains(kind) && this.portal.answers(kind.path());
	}

	private boolean named(String key) {
		for (Locale language : Languages.SUPPORTED) {
			String name = this.messages.getMessage(key, null, null, language);
			if (name == null || name.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String fixPath(ChecklistElement element) {
		return switch (element) {
			case TERMS, PERSONAL_DATA_POLICY, COPYRIGHT, ACCESSIBILITY_STATEMENT ->
				LegalTextAdminController.PATH.replace("{code}", policyOf(element).slug());
			default -> element.fixPath();
		};
	}

	private static LegalTextKind policyOf(ChecklistElement element) {
		return (element == ChecklistElement.ACCESSIBILITY_STATEMENT) ? LegalTextKind.ACCESSIBILITY
				: LegalTextKind.valueOf(element.name());
	}

	/**
	 * What the public pages would show now.
	 */
	private record State(IdentitySettings settings, List<ChannelView> channels, Set<LegalTextKind> texts) {

		boolean has(ChannelKind kind) {
			return this.channels.stream().anyMatch((channel) -> channel.kind() == kind);
		}

	}

}
