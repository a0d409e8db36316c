package co.gov.mineducacion.cooperation.dataprotection;

import java.time.LocalDate;

/**
 * A request as the list and the detail page show it, with its legal clock:
 * {@code daysLeft} business days to {@code dueOn} (negative when overdue), and
 * {@code clock} one of {@code ON_TIME}, {@code DUE_SOON}, {@code OVERDUE} or
 * {@code ANSWERED}.
 */
record DataRequestRow(long id, DataRequestKind kind, LocalDate receivedOn, LocalDate dueOn, String requesterName,
		String requesterEmail, String offerTrackingCode, String description, String status, String answer,
		String answeredBy, long version, int daysLeft, String clock) {

	public boolean isOpen() {
		return "OPEN".equals(this.status);
	}

}
