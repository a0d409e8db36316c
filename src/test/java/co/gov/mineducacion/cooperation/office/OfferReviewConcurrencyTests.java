package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.offer.MessageToSubmitter;
import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.offer.ReviewMove;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two staff members acting on the same offer at the very same moment, both past the check
 * of the version they saw: the database's version check lets only one win, and the
 * other's change, email and audit line are rolled back together.
 */
@PortalTest
@WithStaff
class OfferReviewConcurrencyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfferReviewService offers;

	@Autowired
	ReviewActions actions;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void letsOnlyOneOfTwoSimultaneousDecisionsThrough() throws Exception {
		OfficeFixtures fixtures = new OfficeFixtures(this.mvc, this.jdbc);
		fixtures.staffAccount("analista@mineducacion.gov.co", "Analista de Prueba", true);
		String code = fixtures.fileOffer("Conectividad en sedes rurales");
		this.offers.move(code, Long.parseLong(fixtures.version(code)), ReviewMove.START_REVIEW,
				"analista@mineducacion.gov.co", MessageToSubmitter.of(null), null);
		long seen = Long.parseLong(fixtures.version(code));
		String email = fixtures.emailOf(code);
		TransactionTemplate first = new TransactionTemplate(this.transactions);
		TransactionTemplate second = new TransactionTemplate(this.transactions);
		second.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> first.executeWithoutResult((a) -> {
				ReviewActionForm decline = new ReviewActionForm(seen);
				decline.setMessage("No se ajusta a las prioridades.");
				this.actions.move(ReviewMove.DECLINE, code, decline, "colega@mineducacion.gov.co");
				// Meanwhile a colleague, who saw the same version, accepts and commits
				// first.
				second.executeWithoutResult((b) -> this.offers.move(code, seen, ReviewMove.ACCEPT,
						"analista@mineducacion.gov.co", MessageToSubmitter.of("Bienvenidos."), null));
			}));

		assertThat(fixtures.statusOf(code)).isEqualTo("ACCEPTED");
		assertThat(fixtures.eventsOf(code, "DECLINED")).isZero();
		assertThat(fixtures.outboxTo(email)).isEqualTo(2);
		assertThat(fixtures.audit(code)).isEmpty();
	}

}
