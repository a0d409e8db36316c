package co.gov.mineducacion.cooperation.office;

import java.util.List;

/**
 * What the office's dashboard shows.
 *
 * @param total every offer received
 * @param awaiting offers the office still has to answer (received or in review)
 * @param overdue of those, the ones whose 15-business-day response time has passed
 * @param dueSoon of those, the ones due within 3 business days
 * @param charts the charts, each with its table, in page order
 */
record Dashboard(long total, long awaiting, long overdue, long dueSoon, List<DashboardChart> charts) {

	Dashboard {
		charts = List.copyOf(charts);
	}

}
