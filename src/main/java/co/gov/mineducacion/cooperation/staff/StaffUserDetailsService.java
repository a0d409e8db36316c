package co.gov.mineducacion.cooperation.staff;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs staff in with the accounts kept in PostgreSQL; a locked, inactive or
 * password-less account cannot sign in.
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
		StaffAccount account = this.accounts
			.findByEmail((username == null) ? "" : username.strip().toLowerCase(Locale.ROOT))
			.filter((a) -> a.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No staff account"));
		return User.withUsername(account.email())
			.password(account.passwordHash())
			.roles(account.role().name())
			.disabled(!account.isActive())
			.accountLocked(account.isLocked(this.clock.instant()))
			.build();
	}

}
