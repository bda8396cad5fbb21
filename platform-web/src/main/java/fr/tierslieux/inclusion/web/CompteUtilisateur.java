package fr.tierslieux.inclusion.web;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import fr.tierslieux.inclusion.compte.CompteService.CompteConnecte;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/**
 * The signed-in person: credentials for Spring Security, perimeter for the services.
 *
 * @param verrouille too many wrong passwords lately ({@link TentativesConnexion})
 */
public record CompteUtilisateur(CompteConnecte compte, boolean verrouille) implements UserDetails {

	public Perimetre perimetre() {
		return compte.perimetre();
	}

	public Role role() {
		return compte.perimetre().role();
	}

	public String nomAffiche() {
		return compte.nomAffiche();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role().name()));
	}

	@Override
	public String getPassword() {
		return compte.motDePasse();
	}

	@Override
	public String getUsername() {
		return compte.identifiant();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !verrouille;
	}

	@Override
	public boolean isEnabled() {
		return compte.actif();
	}

}
