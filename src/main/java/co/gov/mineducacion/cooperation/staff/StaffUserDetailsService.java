package co.gov.mineducacion.cooperation.staff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.security.SecondFactor;
import co.gov.mineducacion.cooperation.shared.web.ControlCharacters;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs staff in with the accounts kept in PostgreSQL; a locked, inactive or
 * password-less account cannot sign in. An account with an authenticator app enrolled is
 * marked so, and needs a code after the password ({@link SecondFactor}).
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	private final Clock clock;

	StaffUserDetailsService(StaffAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (ControlCharacters.present(username)) {
			// No account has one, and PostgreSQL refuses NUL in a query.
			throw new UsernameNotFoundException("No staff account");
		}
		StaffAccount account = this.accounts
			.findByEmail((username == null) ? "" : username.strip().toLowerCase(Locale.ROOT))
			.filter((a) -> a.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No staff account"));
		return User.withUsername(account.email())
			.password(account.passwordHash())
			.authorities(authorities(account))
			.disabled(!account.isActive())
			.accountLocked(account.isLocked(this.clock.instant()))
			.build();
	}

	private static List<GrantedAuthority> authorities(StaffAccount account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
		if (account.secondFactor().isEnabled()) {
			authorities.add(new SimpleGrantedAuthority(SecondFactor.ENROLLED));
		}
		return authorities;
	}

}
