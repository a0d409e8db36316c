package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.shared.StaleEditException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.offer.ReviewMove;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer templates ADMINs keep, and the ones staff may choose on an offer page. Every
 * change is audited; the audit never holds a template's text.
 */
@Service
@Transactional(readOnly = true)
class AnswerTemplateService {

	private final AnswerTemplateRepository templates;

	private final AuditLog audit;

	private final Clock clock;

	AnswerTemplateService(AnswerTemplateRepository templates, AuditLog audit, Clock clock) {
		this.templates = templates;
		this.audit = audit;
		this.clock = clock;
	}

	List<AnswerTemplateSummary> all() {
		return this.templates.findAllByOrderByRetiredAscPurposeAscNameAsc()
			.stream()
			.map((t) -> new AnswerTemplateSummary(t.id(), t.name(), t.purpose(), t.subject().es(), t.subject().en(),
					t.isRetired(), t.updatedAt()))
			.toList();
	}

	AnswerTemplateForm form(Long id) {
		AnswerTemplate template = template(id);
		AnswerTemplateForm form = new AnswerTemplateForm();
		form.setVersion(template.version());
		form.setName(template.name());
		form.setPurpose(template.purpose());
		form.setSubjectEs(template.subject().es());
		form.setSubjectEn(template.subject().en());
		form.setBodyEs(template.body().es());
		form.setBodyEn(template.body().en());
		return form;
	}

	boolean isRetired(Long id) {
		return template(id).isRetired();
	}

	/**
	 * Saves a new template; empty when another template already has that name.
	 */
	@Transactional
	Optional<Long> create(AnswerTemplateForm form) {
		if (this.templates.nameTaken(form.getName(), null)) {
			return Optional.empty();
		}
		AnswerTemplate template = this.templates.save(
				new AnswerTemplate(form.getName(), form.getPurpose(), subject(form), body(form), this.clock.instant()));
		this.audit.record("answer-template.created", template.name(), template.purpose().name());
		return Optional.of(template.id());
	}

	/**
	 * Saves the ADMIN's changes; false when another template already has that name.
	 * @throws StaleEditException when someone saved it since the form opened
	 */
	@Transactional
	boolean update(Long id, AnswerTemplateForm form) {
		AnswerTemplate template = template(id);
		StaleEditException.check("Answer template " + id, template.version(), form.getVersion());
		if (this.templates.nameTaken(form.getName(), id)) {
			return false;
		}
		template.revise(form.getName(), form.getPurpose(), subject(form), body(form), this.clock.instant());
		this.audit.record("answer-template.updated", template.name(), template.purpose().name());
		return true;
	}

	@Transactional
	void retire(Long id) {
		AnswerTemplate template = template(id);
		template.retire(this.clock.instant());
		this.audit.record("answer-template.retired", template.name(), template.purpose().name());
	}

	@Transactional
	void restore(Long id) {
		AnswerTemplate template = template(id);
		template.restore(this.clock.instant());
		this.audit.record("answer-template.restored", template.name(), template.purpose().name());
	}

	/**
	 * The templates staff may choose, by the move they are written for, with their texts
	 * in the given language.
	 */
	Map<ReviewMove, List<TemplateChoice>> choices(Locale language) {
		Map<ReviewMove, List<TemplateChoice>> choices = new EnumMap<>(ReviewMove.class);
		for (ReviewMove purpose : ReviewMove.withMessage()) {
			choices.put(purpose, new ArrayList<>());
		}
		this.templates.findByRetiredFalseOrderByName()
			.forEach((t) -> choices.get(t.purpose())
				.add(new TemplateChoice(t.id(), t.name(), t.subject().in(language), t.body().in(language))));
		return choices;
	}

	private AnswerTemplate template(Long id) {
		return this.templates.findById(id).orElseThrow(AnswerTemplateNotFoundException::new);
	}

	private static Bilingual subject(AnswerTemplateForm form) {
		return new Bilingual(form.getSubjectEs(), form.getSubjectEn());
	}

	private static Bilingual body(AnswerTemplateForm form) {
		return new Bilingual(form.getBodyEs(), form.getBodyEn());
	}

}
