package fr.tierslieux.inclusion.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import fr.tierslieux.inclusion.compte.CompteService;

/** Loads an account, its perimeter and whether it is locked, at login. */
@Service
class CompteUserDetailsService implements UserDetailsService {

	private final CompteService comptes;

	private final TentativesConnexion tentatives;

	CompteUserDetailsService(CompteService comptes, TentativesConnexion tentatives) {
		this.comptes = comptes;
		this.tentatives = tentatives;
	}

	@Override
	public UserDetails loadUserByUsername(String identifiant) {
		return comptes.compte(identifiant)
			.map(compte -> new CompteAuthentifiable(compte, tentatives.bloque(identifiant)))
			.orElseThrow(() -> new UsernameNotFoundException("Identifiant inconnu"));
	}

}
