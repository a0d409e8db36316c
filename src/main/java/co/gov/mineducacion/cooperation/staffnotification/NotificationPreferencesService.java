package co.gov.mineducacion.cooperation.staffnotification;

import java.util.Locale;

import co.gov.mineducacion.cooperation.staff.StaffMember;
import co.gov.mineducacion.cooperation.staff.StaffService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in member's notification choices and email language, read and saved together.
 */
@Service
class NotificationPreferencesService {

	private final StaffService staff;

	private final NotificationPreferences preferences;

	NotificationPreferencesService(StaffService staff, NotificationPreferences preferences) {
		this.staff = staff;
		this.preferences = preferences;
	}

	@Transactional(readOnly = true)
	NotificationPreferencesForm current(String email) {
		StaffMember member = member(email);
		return NotificationPreferencesForm.of(this.preferences.of(member.id()), member.language().getLanguage());
	}

	/**
	 * Stores a checked form: every kind's delivery, and the language, which signing in no
	 * longer changes.
	 */
	@Transactional
	void save(String email, NotificationPreferencesForm form) {
		StaffMember member = member(email);
		this.preferences.save(member.id(), form.choices());
		this.staff.chooseLanguage(member.id(), Locale.forLanguageTag(form.getLanguage()));
	}

	private StaffMember member(String email) {
		return this.staff.byEmail(email).orElseThrow(AccountNotFoundException::new);
	}

}
