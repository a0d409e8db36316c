package co.gov.mineducacion.cooperation.activity;

import java.util.List;

import co.gov.mineducacion.cooperation.activity.ActivityDetails.Named;

/**
 * An activity's money, type, modality, SDGs and beneficiaries as its page shows them, in
 * the reader's language; {@code null} and empty parts are not published. Totals are per
 * currency, one line each.
 */
record FundingView(MoneyView budget, MoneyView international, MoneyView counterpart, CooperationType type,
		Modality modality, List<Named> sdgs, List<BeneficiaryView> beneficiaries, List<CommitmentView> commitments,
		List<String> commitmentTotals, List<DisbursementView> disbursements, List<String> disbursementTotals) {

	boolean hasMoney() {
		return this.budget != null || this.international != null || this.counterpart != null
				|| !this.commitments.isEmpty() || !this.disbursements.isEmpty();
	}

	/**
	 * An amount and the day its value refers to ({@code null} when unknown).
	 */
	record MoneyView(String amount, String valueDate) {
	}

	record BeneficiaryView(BeneficiaryGroup group, String count) {
	}

	record CommitmentView(String funder, MoneyView committed) {
	}

	record DisbursementView(String date, String amount, String provider) {
	}

}
