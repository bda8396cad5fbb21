package fr.tierslieux.inclusion.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import fr.tierslieux.inclusion.compte.CompteService;

/** Loads an account and its perimeter, at login. */
@Service
class CompteUserDetailsService implements UserDetailsService {

	private final CompteService comptes;

	CompteUserDetailsService(CompteService comptes) {
		this.comptes = comptes;
	}

	@Override
	public UserDetails loadUserByUsername(String identifiant) {
		return comptes.compte(identifiant)
			.map(compte -> new CompteAuthentifiable(compte))
			.orElseThrow(() -> new UsernameNotFoundException("Identifiant inconnu"));
	}

}
