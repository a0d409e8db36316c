package co.gov.mineducacion.cooperation.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page. Staff accounts arrive with the office's workspace; until then
 * the page says that sign-in is not yet available, and every admin page leads here.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn() {
		return "staff/sign-in";
	}

}
