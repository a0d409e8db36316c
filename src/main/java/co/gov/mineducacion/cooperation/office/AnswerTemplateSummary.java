package co.gov.mineducacion.cooperation.office;

import java.time.Instant;

import co.gov.mineducacion.cooperation.offer.ReviewMove;

/**
 * An answer template as listed for ADMINs.
 */
record AnswerTemplateSummary(Long id, String name, ReviewMove purpose, String subjectEs, String subjectEn,
		boolean retired, Instant updatedAt) {

}
