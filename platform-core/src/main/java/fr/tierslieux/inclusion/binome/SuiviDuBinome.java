package fr.tierslieux.inclusion.binome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.LectureDesBinomes.EnTete;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * A binôme's page: where it stands (phase, what remains before the next one), what
 * happened (its timeline) and the guide's success factors each referent ticks; and the
 * list of the reader's binômes.
 */
@Service
@Transactional
public class SuiviDuBinome {

	private final JdbcClient sql;

	private final LectureDesBinomes lecture;

	private final FicheService fiches;

	private final FormationDesBinomes formation;

	private final Clock clock;

	SuiviDuBinome(JdbcClient sql, LectureDesBinomes lecture, FicheService fiches, FormationDesBinomes formation,
			Clock clock) {
		this.sql = sql;
		this.lecture = lecture;
		this.fiches = fiches;
		this.formation = formation;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageBinome page(Perimetre qui, Long binomeId) {
		EnTete binome = lecture.entete(qui, binomeId, false);
		Details details = sql
			.sql("""
					select a.commune as agence_commune, t.commune as tiers_lieu_commune, bi.autre_theme,
					       ra.nom_affiche as referent_agence, ra.identifiant as referent_agence_email,
					       rt.nom_affiche as referent_tiers_lieu, rt.identifiant as referent_tiers_lieu_email,
					       round(distance_km(a.latitude, a.longitude, t.latitude, t.longitude)::numeric, 1) as distance,
					       array(select theme from binome_theme where binome_id = bi.id order by theme) as themes,
					       array(select p.id from parcours p where p.binome_id = bi.id order by p.date_debut, p.id) as parcours_ids,
					       array(select p.intitule from parcours p where p.binome_id = bi.id order by p.date_debut, p.id)
					         as parcours_intitules
					from binome bi join agence a on a.id = bi.agence_id join tiers_lieu t on t.id = bi.tiers_lieu_id
					left join utilisateur ra on ra.id = bi.referent_agence_id
					left join utilisateur rt on rt.id = bi.referent_tiers_lieu_id where bi.id = :id""")
			.param("id", binomeId)
			.query((rs, n) -> {
				Set<ThemeCooperation> themes = EnumSet.noneOf(ThemeCooperation.class);
				for (String theme : (String[]) rs.getArray("themes").getArray()) {
					themes.add(ThemeCooperation.valueOf(theme));
				}
				Long[] ids = (Long[]) rs.getArray("parcours_ids").getArray();
				String[] intitules = (String[]) rs.getArray("parcours_intitules").getArray();
				List<ParcoursDuBinome> parcours = new ArrayList<>();
				for (int i = 0; i < ids.length; i++) {
					parcours.add(new ParcoursDuBinome(ids[i], intitules[i]));
				}
				return new Details(rs.getString("agence_commune"), rs.getString("tiers_lieu_commune"),
						rs.getString("referent_agence"), rs.getString("referent_agence_email"),
						rs.getString("referent_tiers_lieu"), rs.getString("referent_tiers_lieu_email"),
						rs.getBigDecimal("distance"), themes, rs.getString("autre_theme"), parcours);
			})
			.single();
		EtatCanevas canevas = sql.sql("""
				select c.id, c.valide_agence_le is not null, c.valide_tiers_lieu_le is not null,
				       c.valide_coordination_le is not null, c.parcours_id
				from canevas c where c.binome_id = :id""")
			.param("id", binomeId)
			.query((rs, n) -> new EtatCanevas(true, rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
					rs.getObject(5, Long.class)))
			.optional()
			.orElse(new EtatCanevas(false, false, false, false, null));
		List<AFaire> aFaire = aFaire(binome, canevas);
		boolean coordonne = binome.coordonnePar(qui);
		Map<Cote, List<FormationDesBinomes.Choix>> referents = coordonne
				? formation.referents(binome.agenceId(), binome.tiersLieuId())
				: Map.of(Cote.AGENCE, List.of(), Cote.TIERS_LIEU, List.of());
		return new PageBinome(binome, details, binome.coteDe(qui), coordonne, facteurs(binomeId), evenements(binomeId),
				aFaire, canevas, coordonne && binome.phase() != Phase.T4 && aFaire.stream().noneMatch(AFaire::bloquant),
				referents.get(Cote.AGENCE), referents.get(Cote.TIERS_LIEU));
	}

	/** The reader ticks (or unticks) a success factor for their side. */
	public void cocher(Perimetre qui, Long binomeId, FacteurDeSucces facteur, boolean coche) {
		EnTete binome = lecture.entete(qui, binomeId, true);
		Cote moi = binome.coteDe(qui);
		if (moi == null) {
			throw new AccesRefuseException("seuls les référents cochent les facteurs de succès");
		}
		if (coche) {
			sql.sql("""
					insert into binome_facteur (binome_id, facteur, cote, coche_par, coche_le)
					values (:id, :facteur, :cote, :par, :le) on conflict do nothing""")
				.param("id", binomeId)
				.param("facteur", facteur.name())
				.param("cote", moi.name())
				.param("par", qui.identifiant())
				.param("le", Timestamp.from(clock.instant()))
				.update();
		}
		else {
			sql.sql("delete from binome_facteur where binome_id = :id and facteur = :facteur and cote = :cote")
				.param("id", binomeId)
				.param("facteur", facteur.name())
				.param("cote", moi.name())
				.update();
		}
	}

	/** The reader's binômes, newest first. */
	@Transactional(readOnly = true)
	public Tranche<BinomeLigne> binomes(Perimetre qui, Curseur curseur) {
		String sens = curseur.enArriere() ? "" : " desc";
		String repere = curseur.repere() == null ? "" : " and bi.id " + (curseur.enArriere() ? ">" : "<") + " :repere";
		List<BinomeLigne> lignes = LectureDesBinomes.perimetre(sql.sql("""
				select bi.id, bi.phase, bi.tour_fiche, v.nom as vague, a.nom as agence, t.nom as tiers_lieu, t.commune
				from binome bi join vague v on v.id = bi.vague_id join agence a on a.id = bi.agence_id
				join tiers_lieu t on t.id = bi.tiers_lieu_id where """ + " " + LectureDesBinomes.DANS_LE_PERIMETRE
				+ repere + " order by bi.id" + sens + " limit :lire"), qui)
			.param("repere", curseur.repere())
			.param("lire", curseur.taille() + 1)
			.query((rs, n) -> new BinomeLigne(rs.getLong("id"), rs.getString("vague"), rs.getString("agence"),
					rs.getString("tiers_lieu"), rs.getString("commune"), Phase.valueOf(rs.getString("phase")),
					Cote.valueOf(rs.getString("tour_fiche"))))
			.list();
		Comptage total = Comptage.de(curseur, lignes.size(), () -> LectureDesBinomes
			.perimetre(sql.sql(Comptage.requete("select 1 from binome bi join vague v on v.id = bi.vague_id where "
					+ LectureDesBinomes.DANS_LE_PERIMETRE)), qui)
			.query(Long.class)
			.single());
		return Tranche.lue(lignes, curseur, total, BinomeLigne::id);
	}

	private List<AFaire> aFaire(EnTete binome, EtatCanevas canevas) {
		List<AFaire> aFaire = new ArrayList<>();
		if (binome.referentAgenceId() == null) {
			aFaire.add(new AFaire("binome.aFaire.referentAgence", false));
		}
		if (binome.referentTiersLieuId() == null) {
			aFaire.add(new AFaire("binome.aFaire.referentTiersLieu", false));
		}
		if (binome.phase() == Phase.T0) {
			Map<Cote, List<QuestionFiche>> manquantes = fiches.manquantes(binome.id());
			manquantes.forEach((cote, questions) -> {
				if (!questions.isEmpty()) {
					aFaire.add(new AFaire("binome.aFaire.fiche." + cote, true, questions.size()));
				}
			});
		}
		if (binome.phase() == Phase.T1) {
			if (!canevas.ouvert()) {
				aFaire.add(new AFaire("binome.aFaire.canevas", true));
			}
			if (!canevas.valideAgence()) {
				aFaire.add(new AFaire("binome.aFaire.validationAgence", true));
			}
			if (!canevas.valideTiersLieu()) {
				aFaire.add(new AFaire("binome.aFaire.validationTiersLieu", true));
			}
			if (!canevas.valideCoordination()) {
				aFaire.add(new AFaire("binome.aFaire.validationCoordination", true));
			}
		}
		return aFaire;
	}

	private Map<FacteurDeSucces, FacteurCoche> facteurs(Long binomeId) {
		Map<FacteurDeSucces, FacteurCoche> facteurs = new EnumMap<>(FacteurDeSucces.class);
		for (FacteurDeSucces facteur : FacteurDeSucces.values()) {
			facteurs.put(facteur, new FacteurCoche(facteur, null, null));
		}
		sql.sql("select facteur, cote, coche_par, coche_le from binome_facteur where binome_id = :id")
			.param("id", binomeId)
			.query((rs, n) -> {
				FacteurDeSucces facteur = FacteurDeSucces.valueOf(rs.getString(1));
				Coche coche = new Coche(rs.getString(3), rs.getTimestamp(4).toInstant());
				FacteurCoche avant = facteurs.get(facteur);
				return facteurs.put(facteur,
						Cote.valueOf(rs.getString(2)) == Cote.AGENCE
								? new FacteurCoche(facteur, coche, avant.tiersLieu())
								: new FacteurCoche(facteur, avant.agence(), coche));
			})
			.list();
		return facteurs;
	}

	/**
	 * What happened, oldest first: phases (the transition log), hand-overs of the fiche,
	 * validations of the canvas.
	 */
	private List<Evenement> evenements(Long binomeId) {
		List<Evenement> evenements = new ArrayList<>(
				sql.sql("""
						select survenue_le, case when de is null then 'binome.frise.forme' else 'binome.frise.phase' end,
						       vers, auteur, motif from binome_transition where binome_id = :id
						union all
						select envoye_le, 'binome.frise.envoi.' || de, null, auteur, null from envoi_fiche where binome_id = :id
						union all
						select valide_agence_le, 'binome.frise.validationAgence', null, valide_agence_par, null
						from canevas where binome_id = :id and valide_agence_le is not null
						union all
						select valide_tiers_lieu_le, 'binome.frise.validationTiersLieu', null, valide_tiers_lieu_par, null
						from canevas where binome_id = :id and valide_tiers_lieu_le is not null
						union all
						select valide_coordination_le, 'binome.frise.validationCoordination', null, valide_coordination_par, null
						from canevas where binome_id = :id and valide_coordination_le is not null""")
					.param("id", binomeId)
					.query((rs, n) -> new Evenement(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5)))
					.list());
		// what happens in one instant reads in its causal order: a validation moves the
		// phase
		evenements.sort(Comparator.comparing(Evenement::survenuLe).thenComparing(SuiviDuBinome::rang));
		return evenements;
	}

	private static int rang(Evenement evenement) {
		return evenement.cle().equals("binome.frise.forme") ? 0 : evenement.cle().equals("binome.frise.phase") ? 3
				: evenement.cle().startsWith("binome.frise.envoi") ? 1 : 2;
	}

	/**
	 * Everything the binôme's page shows.
	 *
	 * @param moi the reader's side, or null
	 * @param coordonne whether the reader coordinates the binôme's région (or is admin)
	 * @param peutAvancer whether the reader may move it to its next phase now
	 * @param conseillers who may be the agence's referent (for the coordination only)
	 * @param facilitateurs who may be the tiers-lieu's referent (for the coordination
	 * only)
	 */
	public record PageBinome(EnTete binome, Details details, Cote moi, boolean coordonne,
			Map<FacteurDeSucces, FacteurCoche> facteurs, List<Evenement> frise, List<AFaire> aFaire,
			EtatCanevas canevas, boolean peutAvancer, List<FormationDesBinomes.Choix> conseillers,
			List<FormationDesBinomes.Choix> facilitateurs) {

		public List<FacteurCoche> facteursDu(FacteurDeSucces.Moment moment) {
			return FacteurDeSucces.du(moment).stream().map(facteurs::get).toList();
		}

	}

	/**
	 * @param distanceKm as the crow flies, null without coordinates
	 */
	public record Details(String agenceCommune, String tiersLieuCommune, String referentAgence,
			String referentAgenceEmail, String referentTiersLieu, String referentTiersLieuEmail,
			java.math.BigDecimal distanceKm, Set<ThemeCooperation> themes, String autreTheme,
			List<ParcoursDuBinome> parcours) {
	}

	/** A parcours the binôme runs, for the links to its sessions. */
	public record ParcoursDuBinome(Long id, String intitule) {
	}

	/** A success factor and who ticked it on each side (null: not yet). */
	public record FacteurCoche(FacteurDeSucces facteur, Coche agence, Coche tiersLieu) {

		public Coche de(Cote cote) {
			return cote == Cote.AGENCE ? agence : tiersLieu;
		}

	}

	public record Coche(String par, Instant le) {
	}

	/**
	 * One line of the timeline.
	 *
	 * @param cle its message key
	 * @param phase the phase reached, for a phase change
	 */
	public record Evenement(Instant survenuLe, String cle, String phase, String auteur, String motif) {
	}

	/**
	 * Something to do before the next phase.
	 *
	 * @param bloquant whether the next phase waits for it
	 */
	public record AFaire(String cle, boolean bloquant, Object... arguments) {
	}

	public record EtatCanevas(boolean ouvert, boolean valideAgence, boolean valideTiersLieu, boolean valideCoordination,
			Long parcoursId) {
	}

	/** A binôme in a list. */
	public record BinomeLigne(Long id, String vague, String agence, String tiersLieu, String commune, Phase phase,
			Cote tourFiche) {
	}

}
