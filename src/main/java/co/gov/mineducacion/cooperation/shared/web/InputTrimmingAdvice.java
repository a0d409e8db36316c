package co.gov.mineducacion.cooperation.shared.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Cleans every bound text, from forms, query strings and paths alike: drops the
 * {@link ControlCharacters} (a NUL byte would otherwise reach PostgreSQL and fail the
 * request), trims, and turns blank input into {@code null}, so " " is as empty as "".
 */
@ControllerAdvice
class InputTrimmingAdvice {

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextInputEditor());
	}

	/**
	 * Spring's trimming editor, after the control characters are gone.
	 */
	static final class TextInputEditor extends StringTrimmerEditor {

		TextInputEditor() {
			super(true);
		}

		@Override
		public void setAsText(String text) {
			super.setAsText(ControlCharacters.strip(text));
		}

	}

}
