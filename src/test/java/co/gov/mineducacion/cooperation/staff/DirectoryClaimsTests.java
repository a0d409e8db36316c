package co.gov.mineducacion.cooperation.staff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the claims of a directory sign-in map to the portal: verified email, role, second
 * factor.
 */
class DirectoryClaimsTests {

	private static final PortalProperties.Oidc GROUPS = new PortalProperties.Oidc("groups",
			List.of("cooperacion-personal"), List.of("cooperacion-admin"), List.of("mfa", "otp", "hwk", "sc"),
			List.of("gold"), "email_verified");

	@Test
	void adminWinsOverStaffAndOtherValuesAreIgnored() {
		assertThat(read(Map.of("groups", List.of("x", "cooperacion-personal", "cooperacion-admin"))).role())
			.contains(StaffRole.ADMIN);
		assertThat(read(Map.of("groups", List.of("x", "cooperacion-personal"))).role()).contains(StaffRole.STAFF);
	}

	@Test
	void aSingleValueClaimMapsToo() {
		assertThat(read(Map.of("groups", "cooperacion-admin")).role()).contains(StaffRole.ADMIN);
	}

	@Test
	void noPortalValueMeansNoRole() {
		assertThat(read(Map.of("groups", List.of("biblioteca"))).role()).isEqualTo(Optional.empty());
		assertThat(read(Map.of("roles", List.of("cooperacion-admin"))).role()).as("another claim")
			.isEqualTo(Optional.empty());
		assertThat(read(Map.of()).role()).isEqualTo(Optional.empty());
	}

	@Test
	void aSecondFactorIsReadFromAmrOrTheConfiguredAcr() {
		assertThat(read(Map.of("amr", List.of("pwd", "mfa"))).multiFactor()).isTrue();
		assertThat(read(Map.of("amr", List.of("pwd"))).multiFactor()).isFalse();
		assertThat(read(Map.of("acr", "gold")).multiFactor()).isTrue();
		assertThat(read(Map.of("acr", "1")).multiFactor()).isFalse();
	}

	@Test
	void theEmailCountsOnlyWhenVerifiedAndIsKeptInLowerCase() {
		DirectoryClaims verified = DirectoryClaims
			.read(Map.of("email", " Ana@MinEducacion.gov.co ", "email_verified", true), GROUPS);
		assertThat(verified.email()).isEqualTo("ana@mineducacion.gov.co");
		assertThat(verified.emailVerified()).isTrue();
		assertThat(verified.name()).as("no name claim: the email").isEqualTo("ana@mineducacion.gov.co");
		assertThat(DirectoryClaims.read(Map.of("email", "ana@mineducacion.gov.co"), GROUPS).emailVerified()).isFalse();
		assertThat(DirectoryClaims.read(Map.of("email", "ana@mineducacion.gov.co", "email_verified", false), GROUPS)
			.emailVerified()).isFalse();
		PortalProperties.Oidc entra = new PortalProperties.Oidc("roles", List.of("S"), List.of("A"), List.of("mfa"),
				List.of(), "xms_edov");
		assertThat(DirectoryClaims.read(Map.of("email", "ana@mineducacion.gov.co", "xms_edov", true), entra)
			.emailVerified()).as("the claim the provider uses").isTrue();
		assertThat(DirectoryClaims.read(Map.of("email", "ana@mineducacion.gov.co", "email_verified", true), entra)
			.emailVerified()).isFalse();
	}

	@Test
	void withoutSettingsTheClaimIsRolesAndTheUsualSecondFactorsCount() {
		PortalProperties.Oidc defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("portal.oidc", PortalProperties.Oidc.class);
		assertThat(defaults.rolesClaim()).isEqualTo("roles");
		assertThat(defaults.staffValues()).containsExactly("STAFF");
		assertThat(defaults.adminValues()).containsExactly("ADMIN");
		assertThat(defaults.multiFactorAmr()).containsExactly("mfa", "otp", "hwk", "sc");
		assertThat(defaults.multiFactorAcr()).isEmpty();
		assertThat(defaults.emailVerifiedClaim()).isEqualTo("email_verified");
		assertThat(DirectoryClaims.read(Map.of("roles", "ADMIN", "amr", List.of("pwd", "otp")), defaults))
			.satisfies((claims) -> {
				assertThat(claims.role()).contains(StaffRole.ADMIN);
				assertThat(claims.multiFactor()).isTrue();
			});
	}

	private static DirectoryClaims read(Map<String, Object> claims) {
		return DirectoryClaims.read(claims, GROUPS);
	}

}
