package co.gov.mineducacion.cooperation.dataprotection;

/**
 * What a data subject asks for, and the legal time to answer in business days (Ley 1581
 * de 2012: art. 14 for consults, art. 15 for claims to correct or delete).
 */
enum DataRequestKind {

	CONSULT(10), CORRECT(15), DELETE(15);

	private final int businessDaysToAnswer;

	DataRequestKind(int businessDaysToAnswer) {
		this.businessDaysToAnswer = businessDaysToAnswer;
	}

	int businessDaysToAnswer() {
		return this.businessDaysToAnswer;
	}

}
