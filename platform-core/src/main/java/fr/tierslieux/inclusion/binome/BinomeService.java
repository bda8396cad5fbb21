package fr.tierslieux.inclusion.binome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.annuaire.AnnuaireService;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Transition;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.territoire.TerritoireService;

/**
 * Vagues and binômes: opening a vague, pairing an agence with a tiers-lieu, moving
 * phases.
 */
@Service
@Transactional
public class BinomeService {

	private final VagueRepository vagues;

	private final BinomeRepository binomes;

	private final TerritoireService territoire;

	private final AnnuaireService annuaire;

	private final CompteService comptes;

	private final Clock clock;

	BinomeService(VagueRepository vagues, BinomeRepository binomes, TerritoireService territoire,
			AnnuaireService annuaire, CompteService comptes, Clock clock) {
		this.vagues = vagues;
		this.binomes = binomes;
		this.territoire = territoire;
		this.annuaire = annuaire;
		this.comptes = comptes;
		this.clock = clock;
	}

	public Long ouvrirVague(String nom, String regionCode, LocalDate debut, LocalDate fin, BigDecimal enveloppe) {
		return vagues.save(new Vague(nom, territoire.region(regionCode), debut, fin, enveloppe)).getId();
	}

	@Transactional(readOnly = true)
	public boolean vagueExiste(String nom) {
		return vagues.existsByNom(nom);
	}

	/**
	 * Pairs an agence with a tiers-lieu for a vague; the binôme starts in T0.
	 * @param qui the coordination (or the platform itself) forming it, for the timeline
	 */
	public Long former(Perimetre qui, Long vagueId, Long agenceId, Long tiersLieuId, Long referentAgenceId,
			Long referentTiersLieuId) {
		return binomes
			.save(new Binome(vagues.getReferenceById(vagueId), annuaire.agence(agenceId),
					annuaire.tiersLieu(tiersLieuId), comptes.utilisateur(referentAgenceId),
					comptes.utilisateur(referentTiersLieuId), qui.identifiant(), clock.instant()))
			.getId();
	}

	/**
	 * Moves the binôme to its next phase. Only the coordination of its région (or an
	 * admin) does so.
	 * @param version the version the user saw: a binôme changed since answers a conflict
	 * @throws ConflitException if the binôme is in T4 or was changed since
	 */
	public void passerALaPhaseSuivante(Perimetre qui, Long binomeId, long version, String motif) {
		if (qui.role() != Role.ADMIN && qui.role() != Role.COORDINATEUR) {
			throw new AccesRefuseException("Seule la coordination fait avancer un binôme");
		}
		Binome binome = binomes.findDansPerimetre(binomeId, qui)
			.orElseThrow(() -> new IntrouvableException("Binôme", binomeId));
		ConflitException.verifierVersion(version, binome.getVersion());
		binome.passerALaPhaseSuivante(qui.identifiant(), motif, clock.instant());
		ConflitException.auFlush(binomes::flush);
	}

	/** The binôme's timeline, oldest first. */
	@Transactional(readOnly = true)
	public List<Transition<Phase>> historique(Perimetre qui, Long binomeId) {
		binomes.findDansPerimetre(binomeId, qui).orElseThrow(() -> new IntrouvableException("Binôme", binomeId));
		return binomes.findTransitions(binomeId);
	}

	/** Proxy for another feature's association (a parcours belongs to a binôme). */
	@Transactional(readOnly = true)
	public Binome binome(Long id) {
		return binomes.getReferenceById(id);
	}

}
