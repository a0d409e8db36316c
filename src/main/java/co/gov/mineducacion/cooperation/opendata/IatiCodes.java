package co.gov.mineducacion.cooperation.opendata;

import co.gov.mineducacion.cooperation.activity.ActivityStatus;
import co.gov.mineducacion.cooperation.activity.CooperationType;
import co.gov.mineducacion.cooperation.activity.Modality;

/**
 * The one mapping from APC-Colombia's cooperation type and modality to IATI's
 * CollaborationType, FlowType, FinanceType and AidType codelists; {@code null} where no
 * code says the same thing, and then nothing is published.
 * <ul>
 * <li>CollaborationType: bilateral and South-South 1 (bilateral: between Colombia and one
 * other country), multilateral 2 (multilateral inflows), triangular 8; decentralised,
 * private sector and NGO cooperation have no code of their own.</li>
 * <li>FlowType: official cooperation (bilateral, multilateral, South-South, triangular,
 * decentralised) 10 ODA; private sector and NGOs 30 private development finance.</li>
 * <li>FinanceType: every modality the office records is non-reimbursable: 110 standard
 * grant.</li>
 * <li>AidType (vocabulary 1, OECD DAC): technical cooperation D02 other technical
 * assistance; financial and in-kind cooperation have no single code.</li>
 * <li>ActivityStatus: the status's own code, except that a finished activity whose
 * accounts the office has closed is 4 (closed) rather than 3 (finalisation).</li>
 * </ul>
 */
final class IatiCodes {

	private IatiCodes() {
	}

	static String activityStatus(ActivityStatus status, boolean accountsClosed) {
		return (status == ActivityStatus.FINISHED && accountsClosed) ? "4" : status.iatiCode();
	}

	static String collaborationType(CooperationType type) {
		if (type == null) {
			return null;
		}
		return switch (type) {
			case BILATERAL, SOUTH_SOUTH -> "1";
			case MULTILATERAL -> "2";
			case TRIANGULAR -> "8";
			case DECENTRALISED, PRIVATE_SECTOR, NGO -> null;
		};
	}

	static String flowType(CooperationType type) {
		if (type == null) {
			return null;
		}
		return switch (type) {
			case PRIVATE_SECTOR, NGO -> "30";
			case BILATERAL, MULTILATERAL, DECENTRALISED, SOUTH_SOUTH, TRIANGULAR -> "10";
		};
	}

	static String financeType(Modality modality) {
		return (modality != null) ? "110" : null;
	}

	static String aidType(Modality modality) {
		return (modality == Modality.TECHNICAL) ? "D02" : null;
	}

}
