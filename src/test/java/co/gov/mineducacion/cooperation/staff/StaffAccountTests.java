package co.gov.mineducacion.cooperation.staff;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StaffAccountTests {

	private static final Instant NOW = Instant.parse("2026-05-04T15:00:00Z");

	@Test
	void anAppIsOnOnlyOnceACodeConfirmedIt() {
		StaffAccount account = account(StaffRole.STAFF);
		account.secondFactor().beginSetup(new byte[] { 1, 2, 3 });
		assertThat(account.secondFactor().isSetupPending()).isTrue();
		assertThat(account.secondFactor().isEnabled()).isFalse();
		account.secondFactor().enable(100, Set.of("h1", "h2"), NOW);
		assertThat(account.secondFactor().isEnabled()).isTrue();
		assertThat(account.secondFactor().recoveryCodesLeft()).isEqualTo(2);
		assertThatIllegalStateException().isThrownBy(() -> account.secondFactor().beginSetup(new byte[] { 4 }));
	}

	@Test
	void acceptsEachStepOnceAndNeverAnEarlierOne() {
		StaffAccount account = enrolled(StaffRole.STAFF);
		assertThat(account.secondFactor().acceptStep(100)).as("the confirmation's own step").isFalse();
		assertThat(account.secondFactor().acceptStep(101)).isTrue();
		assertThat(account.secondFactor().acceptStep(101)).isFalse();
		assertThat(account.secondFactor().acceptStep(99)).isFalse();
	}

	@Test
	void usesUpARecoveryCode() {
		StaffAccount account = enrolled(StaffRole.STAFF);
		assertThat(account.secondFactor().useRecoveryCode("h1"::equals)).isTrue();
		assertThat(account.secondFactor().useRecoveryCode("h1"::equals)).isFalse();
		assertThat(account.secondFactor().recoveryCodesLeft()).isEqualTo(1);
	}

	@Test
	void keepsFailuresAfterThePasswordUntilTheCodeIsRight() {
		StaffAccount account = enrolled(StaffRole.STAFF);
		for (int i = 0; i < StaffAccount.MAX_FAILED_SIGN_INS - 1; i++) {
			account.signInFailed(NOW);
		}
		account.passwordAccepted();
		account.signInFailed(NOW);
		assertThat(account.isLocked(NOW)).isTrue();
	}

	@Test
	void adminsKeepTheirAppButAResetClearsIt() {
		StaffAccount admin = enrolled(StaffRole.ADMIN);
		assertThatIllegalStateException().isThrownBy(admin::disableTotp);
		assertThat(admin.resetCredentials()).isTrue();
		assertThat(admin.secondFactor().isEnabled()).isFalse();
		assertThat(admin.secondFactor().secret()).isNull();
		assertThat(admin.secondFactor().recoveryCodesLeft()).isZero();
		StaffAccount staff = enrolled(StaffRole.STAFF);
		staff.disableTotp();
		assertThat(staff.secondFactor().isEnabled()).isFalse();
	}

	@Test
	void signingInChangesTheEmailLanguageOnlyUntilThePersonChoosesOne() {
		StaffAccount account = account(StaffRole.STAFF);
		account.speaks(Locale.ENGLISH);
		assertThat(account.language()).isEqualTo(Locale.ENGLISH);

		account.choosesLanguage(Locale.forLanguageTag("es"));
		account.speaks(Locale.ENGLISH);

		assertThat(account.language().getLanguage()).isEqualTo("es");
	}

	private static StaffAccount enrolled(StaffRole role) {
		StaffAccount account = account(role);
		account.secondFactor().beginSetup(new byte[] { 1, 2, 3 });
		account.secondFactor().enable(100, Set.of("h1", "h2"), NOW);
		return account;
	}

	private static StaffAccount account(StaffRole role) {
		return new StaffAccount("persona@mineducacion.gov.co", "Persona", role, "{noop}x", NOW);
	}

}
