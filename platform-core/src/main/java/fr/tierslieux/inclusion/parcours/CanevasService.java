package fr.tierslieux.inclusion.parcours;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.BinomeService;
import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.binome.LectureDesBinomes.EnTete;
import fr.tierslieux.inclusion.binome.Phase;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The co-construction canvas of T1: the draft of a binôme's parcours, written by both
 * referents, with its competence and constraint cards. Each referent validates it, then
 * the coordination; the last validation creates the parcours ("validé") and the binôme
 * enters T2. An edit after a validation asks for the validations again.
 */
@Service
@Transactional
public class CanevasService {

	private final JdbcClient sql;

	private final LectureDesBinomes lecture;

	private final CartesDuCanevas cartes;

	private final ParcoursService parcours;

	private final BinomeService binomes;

	private final Clock clock;

	CanevasService(JdbcClient sql, LectureDesBinomes lecture, CartesDuCanevas cartes, ParcoursService parcours,
			BinomeService binomes, Clock clock) {
		this.sql = sql;
		this.lecture = lecture;
		this.cartes = cartes;
		this.parcours = parcours;
		this.binomes = binomes;
		this.clock = clock;
	}

	/** The binôme's canvas (empty, version 0, before anybody wrote it). */
	@Transactional(readOnly = true)
	public Canevas canevas(Perimetre qui, Long binomeId) {
		return canevas(qui, lecture.entete(qui, binomeId, false));
	}

	private Canevas canevas(Perimetre qui, EnTete binome) {
		Long binomeId = binome.id();
		Set<String> cles = new LinkedHashSet<>(sql.sql("""
				select k.genre || ':' || k.code from canevas_carte k join canevas c on c.id = k.canevas_id
				where c.binome_id = :id order by 1""").param("id", binomeId).query(String.class).list());
		Map<FormatParcours, BigDecimal> tarifs = new EnumMap<>(FormatParcours.class);
		for (FormatParcours format : FormatParcours.values()) {
			tarifs.put(format, format.budgetIndicatif());
		}
		sql.sql("select format, montant from tarif_vague where vague_id = :vague")
			.param("vague", binome.vagueId())
			.query((rs, n) -> tarifs.put(FormatParcours.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
			.list();
		return sql.sql("select * from canevas where binome_id = :id")
			.param("id", binomeId)
			.query((rs, n) -> canevas(binome, qui, rs, cles, tarifs))
			.optional()
			.orElseGet(() -> new Canevas(binome, binome.coteDe(qui), binome.coordonnePar(qui), Contenu.VIDE, 0, tarifs,
					null, null, null, null, null, null, null, null));
	}

	/**
	 * Saves the referent's edit. A change of content clears the validations given before.
	 * @param version the version the referent saw: a canvas saved since is a conflict
	 */
	public void enregistrer(Perimetre qui, Long binomeId, long version, Contenu contenu) {
		EnTete binome = lecture.entete(qui, binomeId, true);
		Cote moi = binome.coteDe(qui);
		if (moi == null) {
			throw new AccesRefuseException("seuls les référents du binôme écrivent son canevas");
		}
		if (binome.phase() != Phase.T1) {
			throw new ConflitException("conflit.canevasHorsT1");
		}
		Canevas actuel = canevas(qui, binome);
		ConflitException.verifierVersion(version, actuel.version());
		if (actuel.contenu().equals(contenu)) {
			return;
		}
		sql.sql("insert into canevas (binome_id) values (:binome) on conflict (binome_id) do nothing")
			.param("binome", binomeId)
			.update();
		Long id = sql.sql("select id from canevas where binome_id = :binome")
			.param("binome", binomeId)
			.query(Long.class)
			.single();
		int fait = sql.sql("""
				update canevas set intitule = :intitule, typologie = :typologie, format = :format, profils = :profils,
				  objectifs = :objectifs, preparation = :preparation, phase_decouverte = :decouverte,
				  phase_apprentissage = :apprentissage, phase_pratique = :pratique, phase_projet = :projet,
				  evaluation = :evaluation, lieu = :lieu, acces = :acces, date_debut = :debut, date_fin = :fin,
				  capacite = :capacite, valide_agence_par = null, valide_agence_le = null, valide_tiers_lieu_par = null,
				  valide_tiers_lieu_le = null, valide_coordination_par = null, valide_coordination_le = null,
				  modifie_par = :par, modifie_le = :le, version = version + 1
				where id = :id and version = :version""")
			.param("intitule", contenu.intitule())
			.param("typologie", contenu.typologie() == null ? null : contenu.typologie().name())
			.param("format", contenu.format() == null ? null : contenu.format().name())
			.param("profils", contenu.profils())
			.param("objectifs", contenu.objectifs())
			.param("preparation", contenu.preparation())
			.param("decouverte", contenu.phaseDecouverte())
			.param("apprentissage", contenu.phaseApprentissage())
			.param("pratique", contenu.phasePratique())
			.param("projet", contenu.phaseProjet())
			.param("evaluation", contenu.evaluation())
			.param("lieu", contenu.lieu())
			.param("acces", contenu.acces())
			.param("debut", contenu.dateDebut() == null ? null : Date.valueOf(contenu.dateDebut()))
			.param("fin", contenu.dateFin() == null ? null : Date.valueOf(contenu.dateFin()))
			.param("capacite", contenu.capacite())
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (fait == 0) {
			throw ConflitException.modificationConcurrente();
		}
		sql.sql("delete from canevas_carte where canevas_id = :id").param("id", id).update();
		for (String cle : contenu.cartes()) {
			CartesDuCanevas.Carte carte = cartes.carte(cle);
			if (carte != null) {
				sql.sql("insert into canevas_carte (canevas_id, genre, code) values (:id, :genre, :code)")
					.param("id", id)
					.param("genre", carte.genre().name())
					.param("code", carte.code())
					.update();
			}
		}
	}

	/**
	 * The reader validates the canvas as it stands: a referent for their side, then the
	 * coordination, whose validation creates the parcours and moves the binôme to T2.
	 * @return the parcours created, or null before the coordination's validation
	 * @throws ConflitException if the canvas changed since, is incomplete, or waits for
	 * the referents
	 */
	public Long valider(Perimetre qui, Long binomeId, long version) {
		EnTete binome = lecture.entete(qui, binomeId, true);
		Canevas canevas = canevas(qui, binome);
		if (binome.phase() != Phase.T1) {
			throw new ConflitException("conflit.canevasHorsT1");
		}
		ConflitException.verifierVersion(version, canevas.version());
		if (!canevas.manquants().isEmpty()) {
			throw new ConflitException("conflit.canevasIncomplet");
		}
		Cote moi = canevas.moi();
		Instant maintenant = clock.instant();
		if (moi != null) {
			String colonne = moi == Cote.AGENCE ? "agence" : "tiers_lieu";
			valider(binomeId, colonne, qui, maintenant);
			return null;
		}
		if (!canevas.coordonne()) {
			throw new AccesRefuseException("validation d'un canevas hors de son binôme");
		}
		if (canevas.valideAgenceLe() == null || canevas.valideTiersLieuLe() == null) {
			throw new ConflitException("conflit.canevasAttendLesReferents");
		}
		valider(binomeId, "coordination", qui, maintenant);
		Contenu contenu = canevas.contenu();
		Long cree = parcours.creer(binomeId, contenu.intitule(), contenu.typologie(), contenu.format(),
				canevas.budgetIndicatif(), tronquer(contenu.profils(), 300), contenu.dateDebut(), contenu.dateFin(),
				contenu.capacite());
		sql.sql("update canevas set parcours_id = :parcours where binome_id = :binome")
			.param("parcours", cree)
			.param("binome", binomeId)
			.update();
		binomes.entrerEnT2(qui, binomeId);
		return cree;
	}

	private void valider(Long binomeId, String qui, Perimetre par, Instant le) {
		sql.sql("update canevas set valide_" + qui + "_par = :par, valide_" + qui + "_le = :le where binome_id = :id")
			.param("par", par.identifiant())
			.param("le", Timestamp.from(le))
			.param("id", binomeId)
			.update();
	}

	private static Canevas canevas(EnTete binome, Perimetre qui, ResultSet rs, Set<String> cles,
			Map<FormatParcours, BigDecimal> tarifs) throws SQLException {
		Contenu contenu = new Contenu(rs.getString("intitule"),
				rs.getString("typologie") == null ? null : TypologieParcours.valueOf(rs.getString("typologie")),
				rs.getString("format") == null ? null : FormatParcours.valueOf(rs.getString("format")),
				rs.getString("profils"), rs.getString("objectifs"), rs.getString("preparation"),
				rs.getString("phase_decouverte"), rs.getString("phase_apprentissage"), rs.getString("phase_pratique"),
				rs.getString("phase_projet"), rs.getString("evaluation"), rs.getString("lieu"), rs.getString("acces"),
				rs.getObject("date_debut", LocalDate.class), rs.getObject("date_fin", LocalDate.class),
				rs.getObject("capacite", Integer.class), cles);
		return new Canevas(binome, binome.coteDe(qui), binome.coordonnePar(qui), contenu, rs.getLong("version"), tarifs,
				rs.getString("modifie_par"), instant(rs, "modifie_le"), rs.getString("valide_agence_par"),
				instant(rs, "valide_agence_le"), rs.getString("valide_tiers_lieu_par"),
				instant(rs, "valide_tiers_lieu_le"), instant(rs, "valide_coordination_le"),
				rs.getObject("parcours_id", Long.class));
	}

	private static Instant instant(ResultSet rs, String colonne) throws SQLException {
		Timestamp t = rs.getTimestamp(colonne);
		return t == null ? null : t.toInstant();
	}

	private static String tronquer(String texte, int longueur) {
		return texte.length() <= longueur ? texte : texte.substring(0, longueur - 1) + "…";
	}

	/**
	 * What the referents write.
	 *
	 * @param profils the targeted beneficiary profiles
	 * @param preparation the preparation time before the ateliers
	 * @param cartes keys of the cards picked ({@link CartesDuCanevas.Carte#cle()})
	 */
	public record Contenu(String intitule, TypologieParcours typologie, FormatParcours format, String profils,
			String objectifs, String preparation, String phaseDecouverte, String phaseApprentissage,
			String phasePratique, String phaseProjet, String evaluation, String lieu, String acces, LocalDate dateDebut,
			LocalDate dateFin, Integer capacite, Set<String> cartes) {

		static final Contenu VIDE = new Contenu(null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, Set.of());

		public Contenu {
			cartes = cartes == null ? Set.of() : Set.copyOf(new java.util.TreeSet<>(cartes));
		}

		/** Names of the fields still empty, which a validation needs. */
		public List<String> manquants() {
			List<String> manquants = new ArrayList<>();
			String[] noms = { "intitule", "profils", "objectifs", "preparation", "phaseDecouverte",
					"phaseApprentissage", "phasePratique", "phaseProjet", "evaluation", "lieu" };
			String[] valeurs = { intitule, profils, objectifs, preparation, phaseDecouverte, phaseApprentissage,
					phasePratique, phaseProjet, evaluation, lieu };
			for (int i = 0; i < noms.length; i++) {
				if (valeurs[i] == null || valeurs[i].isBlank()) {
					manquants.add(noms[i]);
				}
			}
			for (Object[] champ : new Object[][] { { "typologie", typologie }, { "format", format },
					{ "dateDebut", dateDebut }, { "dateFin", dateFin }, { "capacite", capacite } }) {
				if (champ[1] == null) {
					manquants.add((String) champ[0]);
				}
			}
			if (cartes.stream().noneMatch(c -> c.startsWith("PIX:") || c.startsWith("DIGCOMP:"))) {
				manquants.add("competences");
			}
			return manquants;
		}

	}

	/**
	 * The canvas as its page shows it.
	 *
	 * @param moi the reader's side, or null
	 * @param coordonne whether the reader coordinates the binôme
	 * @param tarifs the vague's tariff table
	 * @param parcoursId the parcours created by the coordination's validation
	 */
	public record Canevas(EnTete binome, Cote moi, boolean coordonne, Contenu contenu, long version,
			Map<FormatParcours, BigDecimal> tarifs, String modifiePar, Instant modifieLe, String valideAgencePar,
			Instant valideAgenceLe, String valideTiersLieuPar, Instant valideTiersLieuLe, Instant valideCoordinationLe,
			Long parcoursId) {

		public List<String> manquants() {
			return contenu.manquants();
		}

		/** The vague's tariff for the chosen format; null before a format is chosen. */
		public BigDecimal budgetIndicatif() {
			return contenu.format() == null ? null : tarifs.get(contenu.format());
		}

		public boolean modifiable() {
			return moi != null && binome.phase() == Phase.T1;
		}

		/** Whether the reader may validate now. */
		public boolean validable() {
			if (binome.phase() != Phase.T1 || version == 0 || !manquants().isEmpty()) {
				return false;
			}
			if (moi == Cote.AGENCE) {
				return valideAgenceLe == null;
			}
			if (moi == Cote.TIERS_LIEU) {
				return valideTiersLieuLe == null;
			}
			return coordonne && valideAgenceLe != null && valideTiersLieuLe != null;
		}

		public boolean carte(String cle) {
			return contenu.cartes().contains(cle);
		}

	}

}
