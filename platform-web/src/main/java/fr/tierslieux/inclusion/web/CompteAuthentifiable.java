package fr.tierslieux.inclusion.web;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import fr.tierslieux.inclusion.compte.CompteService.CompteConnecte;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * An account while its password is checked. Once signed in, the session keeps only the
 * {@link Connecte} (see {@link CompteAuthenticationProvider}), never the password hash.
 * Too many failed logins are refused before, by {@link TentativesConnexion}.
 */
record CompteAuthentifiable(CompteConnecte compte) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Autorites.de(compte.connecte());
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
