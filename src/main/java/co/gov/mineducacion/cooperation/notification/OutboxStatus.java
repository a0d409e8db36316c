package co.gov.mineducacion.cooperation.notification;

enum OutboxStatus {

	PENDING, SENT, FAILED

}
