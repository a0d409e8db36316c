package co.gov.mineducacion.cooperation.staff;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StaffAccountTests {

	private static final Instant NOW = Instant.parse("2026-05-04T15:00:00Z");

	@Test
	void anAppIsOnOnlyOnceACodeConfirmedIt() {
		StaffAccount account = account(StaffRole.STAFF);
		account.beginTotpSetup(new byte[] { 1, 2, 3 });
		assertThat(account.isTotpSetupPending()).isTrue();
		assertThat(account.isTotpEnabled()).isFalse();
		account.enableTotp(100, Set.of("h1", "h2"), NOW);
		assertThat(account.isTotpEnabled()).isTrue();
		assertThat(account.recoveryCodesLeft()).isEqualTo(2);
		assertThatIllegalStateException().isThrownBy(() -> account.beginTotpSetup(new byte[] { 4 }));
	}

	@Test
	void acceptsEachStepOnceAndNeverAnEarlierOne() {
		StaffAccount account = enrolled(StaffRole.STAFF);
		assertThat(account.acceptTotpStep(100)).as("the confirmation's own step").isFalse();
		assertThat(account.acceptTotpStep(101)).isTrue();
		assertThat(account.acceptTotpStep(101)).isFalse();
		assertThat(account.acceptTotpStep(99)).isFalse();
	}

	@Test
	void usesUpARecoveryCode() {
		StaffAccount account = enrolled(StaffRole.STAFF);
		assertThat(account.useRecoveryCode("h1"::equals)).isTrue();
		assertThat(account.useRecoveryCode("h1"::equals)).isFalse();
		assertThat(account.recoveryCodesLeft()).isEqualTo(1);
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
		assertThat(admin.isTotpEnabled()).isFalse();
		assertThat(admin.totpSecret()).isNull();
		assertThat(admin.recoveryCodesLeft()).isZero();
		StaffAccount staff = enrolled(StaffRole.STAFF);
		staff.disableTotp();
		assertThat(staff.isTotpEnabled()).isFalse();
	}

	private static StaffAccount enrolled(StaffRole role) {
		StaffAccount account = account(role);
		account.beginTotpSetup(new byte[] { 1, 2, 3 });
		account.enableTotp(100, Set.of("h1", "h2"), NOW);
		return account;
	}

	private static StaffAccount account(StaffRole role) {
		return new StaffAccount("persona@mineducacion.gov.co", "Persona", role, "{noop}x", NOW);
	}

}
