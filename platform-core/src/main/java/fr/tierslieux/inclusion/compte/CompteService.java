package fr.tierslieux.inclusion.compte;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up for login and turns their rattachements into a {@link Perimetre}. */
@Service
@Transactional(readOnly = true)
public class CompteService {

	private final UtilisateurRepository utilisateurs;

	CompteService(UtilisateurRepository utilisateurs) {
		this.utilisateurs = utilisateurs;
	}

	public Optional<CompteConnecte> compte(String identifiant) {
		return utilisateurs.findByIdentifiant(identifiant.trim().toLowerCase(Locale.ROOT)).map(CompteService::connecte);
	}

	private static CompteConnecte connecte(Utilisateur utilisateur) {
		Set<String> regions = new HashSet<>();
		Set<Long> agences = new HashSet<>();
		Set<Long> tiersLieux = new HashSet<>();
		for (Rattachement rattachement : utilisateur.getRattachements()) {
			if (rattachement.getRegion() != null) {
				regions.add(rattachement.getRegion().getCode());
			}
			if (rattachement.getAgence() != null) {
				agences.add(rattachement.getAgence().getId());
			}
			if (rattachement.getTiersLieu() != null) {
				tiersLieux.add(rattachement.getTiersLieu().getId());
			}
		}
		Perimetre perimetre = new Perimetre(utilisateur.getIdentifiant(), utilisateur.getRole(), regions, agences,
				tiersLieux);
		return new CompteConnecte(utilisateur.getId(), utilisateur.getIdentifiant(), utilisateur.getNomAffiche(),
				utilisateur.getMotDePasse(), utilisateur.isActif(), perimetre);
	}

	/**
	 * An account as the login needs it: credentials plus the perimeter, detached from
	 * JPA.
	 */
	public record CompteConnecte(Long id, String identifiant, String nomAffiche, String motDePasse, boolean actif,
			Perimetre perimetre) {
	}

}
