package co.gov.mineducacion.cooperation.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import java.util.Map;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.shared.PublicContentChanged;
import co.gov.mineducacion.cooperation.shared.StaleEditException;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's policies: read by their public pages, reworded by ADMINs. A rewording
 * checks the version the editor saw, raises the policy's version number, dates it today
 * (Bogotá) and is recorded in the audit log in the same transaction; the public pages
 * show it once it commits ({@link PublicContentChanged}).
 */
@Service
public class LegalTexts {

	private final LegalTextRepository texts;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LegalTexts(LegalTextRepository texts, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.texts = texts;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The policy as the public reads it, in the reader's language.
	 */
	@Transactional(readOnly = true)
	public PublishedText published(LegalTextKind kind, Locale locale) {
		LegalText text = text(kind);
		return new PublishedText(kind, TextBlock.parse(text.body().in(locale)), text.revision(), text.revisedOn());
	}

	/**
	 * Every policy stored, with its version and date, in the order of
	 * {@link LegalTextKind}.
	 */
	@Transactional(readOnly = true)
	public List<TextStatus> statuses() {
		return this.texts.findAll()
			.stream()
			.map((t) -> new TextStatus(t.kind(), t.revision(), t.revisedOn()))
			.sorted((a, b) -> a.kind().compareTo(b.kind()))
			.toList();
	}

	/**
	 * The words of every policy in the reader's language, by the path of its public page,
	 * its markup left out: for the site search, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> wordsByPath(Locale locale) {
		return this.texts.findAll()
			.stream()
			.collect(Collectors.toMap((t) -> t.kind().path(),
					(t) -> TextBlock.parse(t.body().in(locale))
						.stream()
						.flatMap((block) -> block.isList() ? block.items().stream() : Stream.of(block.text()))
						.collect(Collectors.joining("\n"))));
	}

	@Transactional(readOnly = true)
	TextEdit edit(LegalTextKind kind) {
		LegalText text = text(kind);
		return new TextEdit(kind, text.body(), text.revision(), text.revisedOn(), text.version());
	}

	/**
	 * Stores an ADMIN's wording, refusing a change made on an older version.
	 * @return whether the text changed (and so got a new version and date)
	 */
	@Transactional
	boolean reword(LegalTextKind kind, long seenVersion, Bilingual body, String by) {
		LegalText text = text(kind);
		StaleEditException.check("Policy " + kind, text.version(), seenVersion);
		LocalDate today = LocalDate.now(this.clock.withZone(Colombia.TIME_ZONE));
		boolean changed = text.reword(body, by, this.clock.instant(), today);
		if (changed) {
			this.audit.record("publication.text.reworded", kind.name(), "version " + text.revision());
			this.events.publishEvent(new PublicContentChanged("policy " + kind));
		}
		return changed;
	}

	private LegalText text(LegalTextKind kind) {
		return this.texts.findById(kind).orElseThrow(() -> new LegalTextNotFoundException(kind));
	}

	/**
	 * A policy in one language, as blocks of its markup, with its version and date.
	 */
	public record PublishedText(LegalTextKind kind, List<TextBlock> blocks, int revision, LocalDate revisedOn) {
	}

	/**
	 * A policy's version and date.
	 */
	public record TextStatus(LegalTextKind kind, int revision, LocalDate revisedOn) {
	}

	/**
	 * A policy as its editor opens it.
	 */
	record TextEdit(LegalTextKind kind, Bilingual body, int revision, LocalDate revisedOn, long version) {
	}

}
