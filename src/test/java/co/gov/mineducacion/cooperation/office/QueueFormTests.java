package co.gov.mineducacion.cooperation.office;

import java.util.List;

import co.gov.mineducacion.cooperation.offer.queue.QueuePosition;
import co.gov.mineducacion.cooperation.offer.queue.QueueSort;
import co.gov.mineducacion.cooperation.office.QueueChoices.Option;
import co.gov.mineducacion.cooperation.office.QueueChoices.Options;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueFormTests {

	private final QueueChoices choices = new QueueChoices(new Options(List.of(new Option("NGO", "ONG"))),
			new Options(List.of(new Option("A05", "A05"))), new Options(List.of(new Option("SUP-PER-03", "P"))),
			new Options(List.of(new Option("NATIONAL", "Todo el país"), new Option("05", "Antioquia"))),
			new Options(List.of(new Option("7", "Ana"))), new Options(List.of()), new Options(List.of()),
			new Options(List.of()), new Options(List.of(new Option("PHONE", "Teléfono"))));

	@Test
	void dropsWhatIsNotAKnownChoiceADateOrAPageSize() {
		QueueForm form = new QueueForm();
		form.setStatus("DELETED");
		form.setSector("PIRATES");
		form.setProject("SUP-PER-03");
		form.setDepartment("99x");
		form.setAssignee("EVERYONE");
		form.setFrom("2026-02-30");
		form.setTo("2026-03-31");
		form.setClock("LATE");
		form.setSort("title; DROP TABLE offer");
		form.setDir("sideways");
		form.setSize("7");
		form.setQ("  huertas  ");
		form.retainKnown(this.choices);
		assertThat(form.getStatus()).isNull();
		assertThat(form.getSector()).isNull();
		assertThat(form.getProject()).isEqualTo("SUP-PER-03");
		assertThat(form.getDepartment()).isNull();
		assertThat(form.getAssignee()).isNull();
		assertThat(form.getFrom()).isNull();
		assertThat(form.getTo()).isEqualTo("2026-03-31");
		assertThat(form.getClock()).isNull();
		assertThat(form.sortValue()).isEqualTo(QueueSort.RECEIVED);
		assertThat(form.descending()).isTrue();
		assertThat(form.sizeValue()).isEqualTo(25);
		assertThat(form.getQ()).isEqualTo("huertas");
	}

	@Test
	void sortsNewestFirstByDefaultMostUrgentFirstByClockAndAToZOtherwise() {
		QueueForm form = new QueueForm();
		assertThat(form.descending()).isTrue();
		form.setSort("clock");
		assertThat(form.descending()).isFalse();
		form.setSort("TITLE");
		assertThat(form.sortValue()).isEqualTo(QueueSort.TITLE);
		assertThat(form.descending()).isFalse();
	}

	@Test
	void startsAfterBeforeOrAtTheEndAsTheUrlSays() {
		QueueForm form = new QueueForm();
		assertThat(form.position()).isEqualTo(QueuePosition.first());
		form.setLast("true");
		assertThat(form.position()).isEqualTo(QueuePosition.last());
		form.setBefore("CO-2026-AAAA-BBBB");
		form.retainKnown(this.choices);
		assertThat(form.position()).isEqualTo(QueuePosition.before("CO-2026-AAAA-BBBB"));
		assertThat(form.getLast()).isNull();
	}

	@Test
	void linksKeepTheFiltersAndToggleTheSortColumn() {
		QueueForm form = new QueueForm();
		form.setQ("niñez & juventud");
		form.setStatus("RECEIVED");
		form.setSort("title");
		form.setAfter("CO-2026-AAAA-BBBB");
		form.retainKnown(this.choices);
		QueueLinks links = new QueueLinks(form);
		assertThat(links.sortBy(QueueSort.TITLE))
			.isEqualTo("/admin/offers?q=ni%C3%B1ez+%26+juventud&status=RECEIVED&sort=title&dir=desc");
		assertThat(links.sortBy(QueueSort.RECEIVED)).endsWith("&sort=received&dir=desc");
		assertThat(links.sortBy(QueueSort.ORGANIZATION)).endsWith("&sort=organization&dir=asc");
		assertThat(links.ariaSort(QueueSort.TITLE)).isEqualTo("ascending");
		assertThat(links.ariaSort(QueueSort.STATUS)).isNull();
		assertThat(links.current()).endsWith("&sort=title&dir=asc&after=CO-2026-AAAA-BBBB");
		assertThat(links.last()).endsWith("&sort=title&dir=asc&last=true");
		assertThat(links.export()).startsWith("/admin/offers/export.csv?q=ni%C3%B1ez+%26+juventud&status=RECEIVED");
	}

	@Test
	void summarisesTheViewForTheAuditLogWithoutTheSearchWords() {
		QueueForm form = new QueueForm();
		form.setQ("Ana María Restrepo");
		form.setStatus("RECEIVED");
		form.setDepartment("05");
		form.retainKnown(this.choices);
		assertThat(form.summary()).isEqualTo("status=RECEIVED department=05 search=yes sort=received desc")
			.doesNotContain("Ana");
	}

}
