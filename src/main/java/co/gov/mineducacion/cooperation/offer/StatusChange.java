package co.gov.mineducacion.cooperation.offer;

/**
 * One move of an offer along the workflow, as the audit log records it.
 */
public record StatusChange(String trackingCode, OfferStatus from, OfferStatus to) {

	@Override
	public String toString() {
		return this.from + " → " + this.to;
	}

}
