package co.gov.mineducacion.cooperation.staff;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.shared.PortalProperties;

/**
 * What the portal takes from the claims of a directory sign-in: the email (only when the
 * directory says it verified it), the role the roles claim maps to, and whether the
 * directory checked a second factor ({@code amr} or {@code acr}).
 *
 * @param email the email in lower case, or null when missing
 * @param emailVerified whether the provider says it verified the email
 * @param role the role the claim maps to; empty when it carries no STAFF or ADMIN value
 * @param multiFactor whether the directory reports a second factor
 * @param name the person's name, or the email when the directory sends none
 */
record DirectoryClaims(String email, boolean emailVerified, Optional<StaffRole> role, boolean multiFactor,
		String name) {

	static DirectoryClaims read(Map<String, Object> claims, PortalProperties.Oidc mapping) {
		Object rawEmail = claims.get("email");
		String email = (rawEmail instanceof String text && !text.isBlank()) ? text.strip().toLowerCase(Locale.ROOT)
				: null;
		Object rawVerified = claims.get(mapping.emailVerifiedClaim());
		boolean verified = Boolean.TRUE.equals(rawVerified) || "true".equals(rawVerified);
		List<String> roles = values(claims.get(mapping.rolesClaim()));
		Optional<StaffRole> role = roles.stream().anyMatch(mapping.adminValues()::contains)
				? Optional.of(StaffRole.ADMIN) : roles.stream().anyMatch(mapping.staffValues()::contains)
						? Optional.of(StaffRole.STAFF) : Optional.empty();
		boolean multiFactor = values(claims.get("amr")).stream().anyMatch(mapping.multiFactorAmr()::contains)
				|| values(claims.get("acr")).stream().anyMatch(mapping.multiFactorAcr()::contains);
		Object rawName = claims.get("name");
		String name = (rawName instanceof String text && !text.isBlank()) ? text.strip() : email;
		return new DirectoryClaims(email, verified, role, multiFactor, name);
	}

	/**
	 * A claim that providers send as a list or, with one value, as a string.
	 */
	private static List<String> values(Object claim) {
		if (claim instanceof Collection<?> items) {
			return items.stream().map(String::valueOf).toList();
		}
		return (claim != null) ? List.of(String.valueOf(claim)) : List.of();
	}

}
