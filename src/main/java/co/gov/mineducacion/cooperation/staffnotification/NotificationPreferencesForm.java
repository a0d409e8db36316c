package co.gov.mineducacion.cooperation.staffnotification;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.text.Languages;

import org.springframework.validation.Errors;

/**
 * A member's choices on their account page: for each kind of news, how they hear of it
 * (by the delivery's name, keyed by the kind's name), and the language of their email.
 * Names are checked here, so a tampered value gets a message beside its field.
 */
class NotificationPreferencesForm {

	static final List<String> LANGUAGES = Languages.SUPPORTED.stream().map((locale) -> locale.getLanguage()).toList();

	private Map<String, String> deliveries = new LinkedHashMap<>();

	private String language;

	static NotificationPreferencesForm of(Map<StaffNotificationKind, NotificationDelivery> chosen, String language) {
		NotificationPreferencesForm form = new NotificationPreferencesForm();
		chosen.forEach((kind, delivery) -> form.deliveries.put(kind.name(), delivery.name()));
		form.language = language;
		return form;
	}

	/**
	 * Rejects a delivery or language the page does not offer.
	 */
	void check(Errors errors) {
		for (StaffNotificationKind kind : StaffNotificationKind.values()) {
			if (NotificationDelivery.named(this.deliveries.get(kind.name())).isEmpty()) {
				errors.rejectValue("deliveries[" + kind.name() + "]", "staffnotify.preferences.delivery.unknown");
			}
		}
		if (!LANGUAGES.contains(this.language)) {
			errors.rejectValue("language", "staffnotify.preferences.language.unknown");
		}
	}

	/**
	 * The choices, once {@link #check checked}.
	 */
	Map<StaffNotificationKind, NotificationDelivery> choices() {
		Map<StaffNotificationKind, NotificationDelivery> choices = new EnumMap<>(StaffNotificationKind.class);
		for (StaffNotificationKind kind : StaffNotificationKind.values()) {
			choices.put(kind, NotificationDelivery.valueOf(this.deliveries.get(kind.name())));
		}
		return choices;
	}

	public Map<String, String> getDeliveries() {
		return this.deliveries;
	}

	public void setDeliveries(Map<String, String> deliveries) {
		this.deliveries = deliveries;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
