package co.gov.mineducacion.cooperation.office;

import java.util.Arrays;
import java.util.Optional;

/**
 * The workflow move an answer template is written for, and the path segment of that move
 * on the offer page.
 */
enum AnswerPurpose {

	REQUEST_INFORMATION("request-information"), ACCEPT("accept"), DECLINE("decline"),
	CLOSE_AS_DUPLICATE("close-as-duplicate");

	private final String move;

	AnswerPurpose(String move) {
		this.move = move;
	}

	String move() {
		return this.move;
	}

	static Optional<AnswerPurpose> forMove(String move) {
		return Arrays.stream(values()).filter((purpose) -> purpose.move.equals(move)).findFirst();
	}

}
