package fr.tierslieux.inclusion.binome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.annuaire.AnnuaireService;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
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

	private final JdbcClient sql;

	private final LectureDesBinomes lecture;

	private final FicheService fiches;

	BinomeService(VagueRepository vagues, BinomeRepository binomes, TerritoireService territoire,
			AnnuaireService annuaire, CompteService comptes, Clock clock, JdbcClient sql, FicheService fiches,
			LectureDesBinomes lecture) {
		this.lecture = lecture;
		this.vagues = vagues;
		this.binomes = binomes;
		this.territoire = territoire;
		this.annuaire = annuaire;
		this.comptes = comptes;
		this.clock = clock;
		this.sql = sql;
		this.fiches = fiches;
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
		verifierLesPreconditions(binome);
		binome.passerALaPhaseSuivante(qui.identifiant(), motif, clock.instant());
		ConflitException.auFlush(binomes::flush);
	}

	/**
	 * What a binôme must have done before leaving its phase: T1 needs the fiche ping-pong
	 * answered by both sides, T2 a validated parcours.
	 * @throws ConflitException naming what is missing
	 */
	private void verifierLesPreconditions(Binome binome) {
		if (binome.getPhase() == Phase.T0 && !fiches.complete(binome.getId())) {
			throw new ConflitException("conflit.ficheIncomplete");
		}
		if (binome.getPhase() == Phase.T1 && !sql.sql("select exists (select 1 from parcours where binome_id = :id)")
			.param("id", binome.getId())
			.query(Boolean.class)
			.single()) {
			throw new ConflitException("conflit.parcoursNonValide");
		}
	}

	/**
	 * The parcours of a binôme in T1 was validated (by both referents, then the
	 * coordination): the binôme enters T2.
	 */
	public void entrerEnT2(Perimetre qui, Long binomeId) {
		Binome binome = binomes.findById(binomeId).orElseThrow(() -> new IntrouvableException("Binôme", binomeId));
		if (binome.getPhase() != Phase.T1) {
			throw new ConflitException("conflit.binomePasEnT1");
		}
		binome.passerALaPhaseSuivante(qui.identifiant(), "Parcours validé", clock.instant());
		ConflitException.auFlush(binomes::flush);
	}

	/**
	 * The coordination forms a binôme for a vague of its région, from a tiers-lieu it
	 * selected, with its referents and cooperation themes.
	 * @throws SaisieRefuseeException for a field the form must correct
	 */
	public Long former(Perimetre qui, NouveauBinome nouveau) {
		String region = lecture.regionCoordonnee(qui, nouveau.vagueId());
		if (!sql.sql("""
				select exists (select 1 from candidature where vague_id = :vague and tiers_lieu_id = :tiersLieu
				and statut = 'RETENUE')""")
			.param("vague", nouveau.vagueId())
			.param("tiersLieu", nouveau.tiersLieuId())
			.query(Boolean.class)
			.single()) {
			throw new SaisieRefuseeException("tiersLieu", "binome.tiersLieuNonRetenu");
		}
		if (!sql.sql("""
				select exists (select 1 from agence a join departement d on d.code = a.departement_code
				where a.id = :agence and d.region_code = :region)""")
			.param("agence", nouveau.agenceId())
			.param("region", region)
			.query(Boolean.class)
			.single()) {
			throw new SaisieRefuseeException("agence", "binome.agenceHorsRegion");
		}
		verifierReferent("referentAgence", nouveau.referentAgenceId(), "agence_id", nouveau.agenceId(),
				Role.CONSEILLER);
		verifierReferent("referentTiersLieu", nouveau.referentTiersLieuId(), "tiers_lieu_id", nouveau.tiersLieuId(),
				Role.FACILITATEUR);
		if (binomes.existsByVagueIdAndAgenceIdAndTiersLieuId(nouveau.vagueId(), nouveau.agenceId(),
				nouveau.tiersLieuId())) {
			throw new SaisieRefuseeException("agence", "binome.existeDeja");
		}
		Long id = former(qui, nouveau.vagueId(), nouveau.agenceId(), nouveau.tiersLieuId(), nouveau.referentAgenceId(),
				nouveau.referentTiersLieuId());
		enregistrerThemes(id, nouveau.themes(), nouveau.autreTheme());
		return id;
	}

	/** The coordination names (or changes) the referent on each side. */
	public void nommerReferents(Perimetre qui, Long binomeId, long version, Long referentAgenceId,
			Long referentTiersLieuId) {
		if (qui.role() != Role.ADMIN && qui.role() != Role.COORDINATEUR) {
			throw new AccesRefuseException("Seule la coordination nomme les référents");
		}
		Binome binome = binomes.findDansPerimetre(binomeId, qui)
			.orElseThrow(() -> new IntrouvableException("Binôme", binomeId));
		ConflitException.verifierVersion(version, binome.getVersion());
		verifierReferent("referentAgence", referentAgenceId, "agence_id", binome.getAgence().getId(), Role.CONSEILLER);
		verifierReferent("referentTiersLieu", referentTiersLieuId, "tiers_lieu_id", binome.getTiersLieu().getId(),
				Role.FACILITATEUR);
		binome.nommerReferents(comptes.utilisateur(referentAgenceId), comptes.utilisateur(referentTiersLieuId));
		ConflitException.auFlush(binomes::flush);
	}

	private void verifierReferent(String champ, Long compteId, String colonne, Long structureId, Role role) {
		if (compteId != null && !sql.sql(
				"select exists (select 1 from utilisateur u join rattachement r on r.utilisateur_id = u.id where u.id = :compte and u.actif and u.role = :role and r."
						+ colonne + " = :structure)")
			.param("compte", compteId)
			.param("role", role.name())
			.param("structure", structureId)
			.query(Boolean.class)
			.single()) {
			throw new SaisieRefuseeException(champ, "binome.referentHorsStructure");
		}
	}

	private void enregistrerThemes(Long binomeId, Set<ThemeCooperation> themes, String autreTheme) {
		themes.forEach(theme -> sql.sql("insert into binome_theme (binome_id, theme) values (:id, :theme)")
			.param("id", binomeId)
			.param("theme", theme.name())
			.update());
		sql.sql("update binome set autre_theme = :autre where id = :id")
			.param("autre", themes.contains(ThemeCooperation.AUTRE) ? autreTheme : null)
			.param("id", binomeId)
			.update();
	}

	/**
	 * A binôme to form.
	 *
	 * @param referentAgenceId a conseiller of the agence, or null to name later
	 * @param referentTiersLieuId a facilitateur of the tiers-lieu, or null to name later
	 * @param autreTheme the local idea, when the themes hold {@code AUTRE}
	 */
	public record NouveauBinome(Long vagueId, Long tiersLieuId, Long agenceId, Long referentAgenceId,
			Long referentTiersLieuId, Set<ThemeCooperation> themes, String autreTheme) {

		public NouveauBinome {
			themes = themes == null ? Set.of() : Set.copyOf(themes);
		}

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
