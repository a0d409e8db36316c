package co.gov.mineducacion.cooperation.offer.queue;

import java.util.Arrays;
import java.util.List;

import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.test.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's status sort ranks every status the portal knows, each once, in workflow
 * order: a status without a rank would sort as {@code NULL} and break keyset pages.
 */
@RepositoryTest
class OfferStatusRankTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ranksEveryStatusInWorkflowOrder() {
		List<Integer> ranks = Arrays.stream(OfferStatus.values())
			.map((status) -> this.jdbc.queryForObject("SELECT offer_status_rank(?)", Integer.class, status.name()))
			.toList();
		assertThat(ranks).doesNotContainNull().doesNotHaveDuplicates().isSorted();
	}

}
