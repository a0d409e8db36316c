package co.gov.mineducacion.cooperation.publication;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The publication checklist, with the policies' versions and the links to fill in what is
 * missing.
 */
@Controller
class ChecklistController {

	static final String PATH = "/admin/publication";

	private final PublicationChecklist checklist;

	private final LegalTexts texts;

	ChecklistController(PublicationChecklist checklist, LegalTexts texts) {
		this.checklist = checklist;
		this.texts = texts;
	}

	@GetMapping(PATH)
	String checklist(Model model) {
		model.addAttribute("checklist", this.checklist.checklist());
		model.addAttribute("texts", this.texts.statuses());
		return "publication/checklist";
	}

}
