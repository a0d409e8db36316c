package co.gov.mineducacion.cooperation.activity;

/**
 * What the cooperation consists of, as APC-Colombia classifies it.
 */
public enum Modality {

	TECHNICAL, FINANCIAL_NON_REIMBURSABLE, IN_KIND

}
