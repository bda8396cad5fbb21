package fr.tierslieux.inclusion.compte;

import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.annuaire.AnnuaireService;
import fr.tierslieux.inclusion.territoire.TerritoireService;

/**
 * Accounts: creates them with their rattachements, looks them up for login and turns
 * their rattachements into a {@link Perimetre}.
 */
@Service
@Transactional(readOnly = true)
public class CompteService {

	private final UtilisateurRepository utilisateurs;

	private final TerritoireService territoire;

	private final AnnuaireService annuaire;

	private final Clock clock;

	CompteService(UtilisateurRepository utilisateurs, TerritoireService territoire, AnnuaireService annuaire,
			Clock clock) {
		this.utilisateurs = utilisateurs;
		this.territoire = territoire;
		this.annuaire = annuaire;
		this.clock = clock;
	}

	/** How many accounts the database holds, active or not. */
	public long nombreDeComptes() {
		return utilisateurs.count();
	}

	public Optional<CompteConnecte> compte(String identifiant) {
		return utilisateurs.findByIdentifiant(identifiant.trim().toLowerCase(Locale.ROOT)).map(CompteService::connecte);
	}

	/**
	 * @param motDePasseEncode already hashed by the delegating password encoder
	 * @return the new account's id
	 */
	@Transactional
	public Long creerCompte(String identifiant, String nomAffiche, Role role, String motDePasseEncode) {
		return utilisateurs.save(new Utilisateur(identifiant, nomAffiche, motDePasseEncode, role, clock.instant()))
			.getId();
	}

	/**
	 * A coordinateur or pilote follows this région (one more, if it has some already).
	 */
	@Transactional
	public void rattacherALaRegion(Long utilisateurId, String regionCode) {
		utilisateurs.getReferenceById(utilisateurId).rattacherA(territoire.region(regionCode));
	}

	/** A conseiller works in this agence. */
	@Transactional
	public void rattacherALAgence(Long utilisateurId, Long agenceId) {
		utilisateurs.getReferenceById(utilisateurId).rattacherA(annuaire.agence(agenceId));
	}

	/**
	 * The account joins a région, an agence or a tiers-lieu, whichever the structure
	 * names.
	 */
	@Transactional
	public void rattacher(Long utilisateurId, Structure structure) {
		if (structure.regionCode() != null) {
			rattacherALaRegion(utilisateurId, structure.regionCode());
		}
		else if (structure.agenceId() != null) {
			rattacherALAgence(utilisateurId, structure.agenceId());
		}
		else {
			rattacherAuTiersLieu(utilisateurId, structure.tiersLieuId());
		}
	}

	/** A facilitateur runs this tiers-lieu. */
	@Transactional
	public void rattacherAuTiersLieu(Long utilisateurId, Long tiersLieuId) {
		utilisateurs.getReferenceById(utilisateurId).rattacherA(annuaire.tiersLieu(tiersLieuId));
	}

	/**
	 * Proxy for another feature's association (a binôme's referents, an orientation's
	 * author).
	 */
	public Utilisateur utilisateur(Long id) {
		return id == null ? null : utilisateurs.getReferenceById(id);
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
		return new CompteConnecte(
				new Connecte(utilisateur.getId(), utilisateur.getIdentifiant(), utilisateur.getNomAffiche(), perimetre),
				utilisateur.getMotDePasse(), utilisateur.isActif());
	}

	/**
	 * An account as the login needs it: who it is, plus the credentials checked once at
	 * login and never kept in the session.
	 */
	public record CompteConnecte(Connecte connecte, String motDePasse, boolean actif) {
	}

	/**
	 * The signed-in person as the session keeps it: small, serializable, without the
	 * password hash.
	 */
	public record Connecte(Long id, String identifiant, String nomAffiche,
			Perimetre perimetre) implements Serializable, Principal {

		public Role role() {
			return perimetre.role();
		}

		/** What the sessions are indexed by, to end an account's sessions. */
		@Override
		public String getName() {
			return identifiant;
		}

	}

}
