package co.gov.mineducacion.cooperation.office;

import java.time.Instant;

/**
 * An answer template as listed for ADMINs.
 */
record AnswerTemplateSummary(Long id, String name, AnswerPurpose purpose, String subjectEs, String subjectEn,
		boolean retired, Instant updatedAt) {

}
