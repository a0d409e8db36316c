package co.gov.mineducacion.cooperation.need;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.gov.mineducacion.cooperation.offer.NeedOutline;
import co.gov.mineducacion.cooperation.offer.OpenNeeds;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads needs: the public list (open and partly met needs, the soonest due first) and
 * pages, the office's list and forms, every need for open data, and the open needs an
 * offer may answer.
 */
@Service
@Transactional(readOnly = true)
public class NeedService implements OpenNeeds {

	private final NeedRepository needs;

	private final NeedViews views;

	NeedService(NeedRepository needs, NeedViews views) {
		this.needs = needs;
		this.views = views;
	}

	List<NeedSummary> open(NeedFilter filter, Locale locale) {
		return this.views.summaries(openNeeds().stream().filter(filter::matches).toList(), locale);
	}

	List<NeedSummary> all(Locale locale) {
		return this.views.summaries(this.needs.findAllByOrderByDueDateAscIdAsc(), locale);
	}

	NeedDetails details(String slug, Locale locale) {
		return this.views.details(need(slug), locale);
	}

	NeedForm editForm(String slug) {
		Need need = need(slug);
		return NeedForm.of(need, this.views.municipalityLines(need));
	}

	@Override
	public Optional<NeedOutline> open(String slug, Locale locale) {
		return this.needs.findBySlug(slug)
			.filter((n) -> n.status().isOpen())
			.map((n) -> new NeedOutline(n.slug(), n.title().in(locale), n.project(), List.copyOf(n.actionTypes())));
	}

	/**
	 * Every need, the soonest due first, as open data publishes it.
	 */
	public List<NeedRecord> records() {
		List<Need> all = this.needs.findAllByOrderByDueDateAscIdAsc();
		Map<String, NeedProgress> progress = this.views.progress(all);
		return all.stream().map((n) -> record(n, progress.get(n.slug()))).toList();
	}

	List<Need> openNeeds() {
		return this.needs.findByStatusInOrderByDueDateAscIdAsc(EnumSet.of(NeedStatus.OPEN, NeedStatus.PARTLY_MET));
	}

	Need need(String slug) {
		return this.needs.findBySlug(slug).orElseThrow(() -> new NeedNotFoundException(slug));
	}

	private static NeedRecord record(Need n, NeedProgress progress) {
		Sought s = n.sought();
		return new NeedRecord(n.slug(), n.title(), n.description(), n.project(), n.allDepartments(),
				Set.copyOf(n.municipalities()), Set.copyOf(n.actionTypes()), s.amount(), s.currency(), s.quantity(),
				s.unit(), progress.met(), progress.acceptedOffers(), n.dueDate(), n.status().name(), n.updatedAt());
	}

}
