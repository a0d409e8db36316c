package co.gov.mineducacion.cooperation.audit;

import java.util.List;

/**
 * A page of the audit log, newest first; {@code nextBefore} is the cursor for older
 * entries, or null on the last page.
 */
record AuditPage(List<AuditLine> lines, Long nextBefore) {

}
