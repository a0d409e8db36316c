package co.gov.mineducacion.cooperation.shared.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a form comes back when it could not be saved: the same view with what the person
 * typed and the reason, answered 422 for invalid input and 409 when someone saved first
 * ({@link co.gov.mineducacion.cooperation.shared.StaleEditException}).
 */
public final class FormPage {

	private FormPage() {
	}

	/**
	 * Runs the save; when someone saved first nothing was written, the form carries
	 * {@code conflictKey} as its error and the answer is {@code false}.
	 */
	public static boolean saved(Runnable save, BindingResult result, String conflictKey) {
		try {
			save.run();
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			ObjectError conflict = new ObjectError(result.getObjectName(), result.resolveMessageCodes(conflictKey),
					null, null);
			conflict.wrap(ex);
			result.addError(conflict);
			return false;
		}
	}

	/**
	 * The form again with what was typed: 409 when {@link #saved} met a newer version,
	 * 422 otherwise.
	 */
	public static String again(String view, BindingResult result, HttpServletResponse response) {
		boolean conflict = result.getGlobalErrors()
			.stream()
			.anyMatch((error) -> error.contains(OptimisticLockingFailureException.class));
		response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view;
	}

	/**
	 * The form again with what was typed and its field errors (422).
	 */
	public static String invalid(String view, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view;
	}

	/**
	 * Runs a change made with a button and a redirect: the flash {@code notice} when it
	 * was saved, the flash {@code problem} {@code conflictKey} when someone saved first.
	 */
	public static void change(Runnable change, RedirectAttributes redirect, String notice, String conflictKey) {
		change(() -> {
			change.run();
			return notice;
		}, redirect, conflictKey);
	}

	/**
	 * As {@link #change(Runnable, RedirectAttributes, String, String)} for a change that
	 * answers the key of its notice.
	 */
	public static void change(Supplier<String> change, RedirectAttributes redirect, String conflictKey) {
		try {
			redirect.addFlashAttribute("notice", change.get());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", conflictKey);
		}
	}

}
