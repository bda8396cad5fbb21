package fr.tierslieux.inclusion.web;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import fr.tierslieux.inclusion.compte.CompteService.CompteConnecte;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * An account while its password is checked. Once signed in, the session keeps only the
 * {@link Connecte} (see {@link CompteAuthenticationProvider}), never the password hash.
 * Too many failed logins are refused before, by {@link TentativesConnexion}.
 */
record CompteAuthentifiable(CompteConnecte compte) implements UserDetails {

	static List<GrantedAuthority> autorites(Connecte connecte) {
		return List.of(new SimpleGrantedAuthority("ROLE_" + connecte.role().name()));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return autorites(compte.connecte());
	}

	@Override
	public String getPassword() {
		return compte.motDePasse();
	}

	@Override
	public String getUsername() {
		return compte.connecte().identifiant();
	}

	@Override
	public boolean isEnabled() {
		return compte.actif();
	}

}
