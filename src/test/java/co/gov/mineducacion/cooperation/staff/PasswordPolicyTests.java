package co.gov.mineducacion.cooperation.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password policy on its own: length in characters and bytes, and guessability,
 * including the words of the Ministry and of the person.
 */
class PasswordPolicyTests {

	private static final String EMAIL = "ana.restrepo@mineducacion.gov.co";

	private static final String NAME = "Ana Restrepo";

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesTheMinistrysOwnWordsAndThePersonsAsPasswords() {
		for (String password : new String[] { "Mineducacion Cooperacion 2026", "ministerio-de-educacion-2026",
				"CooperacionInternacional1!", "portal colombia 2026", "ana.restrepo 2026!", "AnaRestrepo-Bogota" }) {
			assertThat(this.policy.problem(password, EMAIL, NAME)).as(password).contains("TooGuessable");
		}
	}

	@Test
	void acceptsAPassphraseOfUnrelatedWordsOfAnyComposition() {
		assertThat(this.policy.problem("tres cafés y un colibrí en Manizales", EMAIL, NAME)).isEmpty();
		assertThat(this.policy.problem("un colibri de manizales toma tres cafes", EMAIL, NAME)).isEmpty();
	}

	@Test
	void countsCharactersForTheMinimumAndBytesForTheMaximum() {
		assertThat(this.policy.problem("corta12345!", EMAIL, NAME)).contains("TooShort");
		assertThat(this.policy.problem("ñ".repeat(37), EMAIL, NAME)).contains("TooLong");
		assertThat(this.policy.problem("x".repeat(73), EMAIL, NAME)).contains("TooLong");
	}

}
