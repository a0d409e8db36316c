package co.gov.mineducacion.cooperation.offer;

/**
 * What the cooperator contributes.
 */
public enum ContributionKind {

	FINANCIAL, IN_KIND, TECHNICAL, MIXED

}
