package co.gov.mineducacion.cooperation.opendata;

import co.gov.mineducacion.cooperation.shared.web.PageNotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The IATI organisation file, served as the other open-data files are.
 */
@Controller
class IatiOrganisationController {

	private final IatiOrganisationFile file;

	IatiOrganisationController(IatiOrganisationFile file) {
		this.file = file;
	}

	@GetMapping("/open-data/iati-organisations.xml")
	ResponseEntity<byte[]> iatiOrganisations() {
		return OpenDataController.serve(this.file.file().orElseThrow(PageNotFoundException::new));
	}

}
