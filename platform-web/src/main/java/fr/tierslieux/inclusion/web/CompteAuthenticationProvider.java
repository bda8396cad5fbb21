package fr.tierslieux.inclusion.web;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login, with two changes to Spring Security's default:
 * <ul>
 * <li>a locked or disabled account is told apart only after its password was checked, so
 * every failure takes the same time (an unknown identifier is hashed against a dummy
 * already);</li>
 * <li>the session keeps the small, serializable {@code Connecte}, not the account with
 * its password hash.</li>
 * </ul>
 */
class CompteAuthenticationProvider extends DaoAuthenticationProvider {

	CompteAuthenticationProvider(UserDetailsService comptes, PasswordEncoder passwordEncoder) {
		super(comptes);
		setPasswordEncoder(passwordEncoder);
		setPreAuthenticationChecks(compte -> {
		});
		setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		Authentication reussie = super.createSuccessAuthentication(principal, authentication, user);
		return UsernamePasswordAuthenticationToken.authenticated(((CompteAuthentifiable) user).compte().connecte(),
				null, reussie.getAuthorities());
	}

}
