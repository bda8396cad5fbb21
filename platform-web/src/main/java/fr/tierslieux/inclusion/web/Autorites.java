package fr.tierslieux.inclusion.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The authorities of a signed-in account: its role, which {@link Page} checks, plus what
 * its way of logging in adds (a second factor given, ProConnect).
 */
public final class Autorites {

	private Autorites() {
	}

	public static List<GrantedAuthority> de(Connecte connecte, String... ajoutees) {
		List<GrantedAuthority> autorites = new ArrayList<>();
		autorites.add(new SimpleGrantedAuthority("ROLE_" + connecte.role().name()));
		for (String ajoutee : ajoutees) {
			autorites.add(new SimpleGrantedAuthority(ajoutee));
		}
		return List.copyOf(autorites);
	}

}
