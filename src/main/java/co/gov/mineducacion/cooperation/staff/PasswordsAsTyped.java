package co.gov.mineducacion.cooperation.staff;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;

/**
 * Keeps password fields exactly as typed, spaces at either end included: the sign-in form
 * checks what the person types without trimming it, so the portal's trimming of every
 * other text must not reach a password.
 */
final class PasswordsAsTyped extends PropertyEditorSupport {

	private PasswordsAsTyped() {
	}

	static void register(WebDataBinder binder, String... fields) {
		for (String field : fields) {
			binder.registerCustomEditor(String.class, field, new PasswordsAsTyped());
		}
	}

	@Override
	public void setAsText(String text) {
		setValue(text);
	}

}
