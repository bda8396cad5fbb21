package fr.tierslieux.inclusion.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.administration.Parametre;
import fr.tierslieux.inclusion.administration.Parametres;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/**
 * Conventions between France Travail and the tiers-lieux of a région: written by its
 * coordination, read by its directions. A convention nearing its end without a successor
 * is flagged, so that its renewal is prepared in time.
 */
@Service
@Transactional(readOnly = true)
public class Conventions {

	/** The conventions the reader sees: those of tiers-lieux of their régions. */
	private static final String LISIBLES = """
			from convention c join tiers_lieu tl on tl.id = c.tiers_lieu_id
			join departement d on d.code = tl.departement_code
			where """ + LecteursDuBudget.REGION_LISIBLE.replace("region_code", "d.region_code");

	private static final String LIGNE = """
			select c.id, c.numero, c.signataire, tl.nom as tiers_lieu, c.type, c.objet, c.debut, c.fin, c.montant,
			       coalesce((select sum(e.montant) from engagement e where e.convention_id = c.id), 0) as engage,
			       coalesce((select sum(p.montant) from paiement p join engagement e on e.id = p.engagement_id
			                 where e.convention_id = c.id), 0) as paye,
			       exists (select 1 from convention s where s.precedente_id = c.id) as suivie
			""" + LISIBLES;

	/** Largest PDF attached to a convention. */
	public static final int TAILLE_MAX_DOCUMENT = 10 * 1024 * 1024;

	private final JdbcClient sql;

	private final Clock horloge;

	private final Parametres parametres;

	Conventions(JdbcClient sql, Clock horloge, Parametres parametres) {
		this.sql = sql;
		this.horloge = horloge;
		this.parametres = parametres;
	}

	/** The reader's conventions, newest first, a page at a time. */
	public Tranche<ConventionLigne> conventions(Perimetre qui, Curseur curseur) {
		String sens = curseur.enArriere() ? "" : " desc";
		String repere = curseur.repere() == null ? "" : " and c.id " + (curseur.enArriere() ? ">" : "<") + " :repere";
		List<ConventionLigne> lignes = LecteursDuBudget
			.lier(sql.sql(LIGNE + repere + " order by c.id" + sens + " limit :lire"), qui)
			.param("repere", curseur.repere())
			.param("lire", curseur.taille() + 1)
			.query((rs, n) -> ligne(rs))
			.list();
		Comptage total = Comptage.de(curseur, lignes.size(),
				() -> LecteursDuBudget.lier(sql.sql(Comptage.requete("select 1 " + LISIBLES)), qui)
					.query(Long.class)
					.single());
		return Tranche.lue(lignes, curseur, total, ConventionLigne::id);
	}

	/**
	 * The conventions that end within the configured number of days (or have just ended)
	 * and that no renewal or widening follows yet, soonest first.
	 */
	public List<ConventionLigne> aEcheance(Perimetre qui) {
		LocalDate aujourdhui = LocalDate.now(horloge);
		int joursAvantEcheance = joursAvantEcheance();
		return LecteursDuBudget.lier(sql.sql(LIGNE + """
				 and c.fin between :depuis and :jusque
				 and not exists (select 1 from convention s where s.precedente_id = c.id)
				order by c.fin, c.id limit 100"""), qui)
			.param("depuis", Date.valueOf(aujourdhui.minusDays(joursAvantEcheance)))
			.param("jusque", Date.valueOf(aujourdhui.plusDays(joursAvantEcheance)))
			.query((rs, n) -> ligne(rs))
			.list();
	}

	/** Set on the platform's settings page. */
	public int joursAvantEcheance() {
		return (int) parametres.valeur(Parametre.CONVENTIONS_JOURS_AVANT_ECHEANCE);
	}

	/** One convention with its co-funders, documents, commitments and payments. */
	public FicheConvention fiche(Perimetre qui, long id) {
		FicheConvention.Entete entete = LecteursDuBudget
			.lier(sql.sql("""
					select c.*, tl.nom as tiers_lieu, d.region_code, p.numero as precedente_numero
					""" + LISIBLES.replace("where", "left join convention p on p.id = c.precedente_id where")
					+ " and c.id = :id"), qui)
			.param("id", id)
			.query((rs, n) -> new FicheConvention.Entete(rs.getLong("id"), rs.getString("numero"),
					rs.getLong("tiers_lieu_id"), rs.getString("tiers_lieu"), rs.getString("region_code"),
					rs.getString("signataire"), TypeConvention.valueOf(rs.getString("type")),
					ObjetConvention.valueOf(rs.getString("objet")), rs.getString("objet_precision"),
					rs.getObject("debut", LocalDate.class), rs.getObject("fin", LocalDate.class),
					rs.getBigDecimal("montant"), rs.getBigDecimal("cout_action"), rs.getString("reference_marche"),
					rs.getString("lot"), (Long) rs.getObject("precedente_id"), rs.getString("precedente_numero"),
					rs.getString("lien") == null ? null : LienConvention.valueOf(rs.getString("lien")),
					rs.getString("cree_par"), rs.getTimestamp("cree_le").toInstant()))
			.optional()
			.orElseThrow(() -> new IntrouvableException("convention", id));
		List<Cofinancement> cofinanceurs = sql
			.sql("select nom, montant from cofinanceur where convention_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new Cofinancement(rs.getString("nom"), rs.getBigDecimal("montant")))
			.list();
		List<FicheConvention.Document> documents = sql.sql("""
				select id, nom_fichier, taille, depose_le, depose_par from document_convention
				where convention_id = :id order by id""")
			.param("id", id)
			.query((rs, n) -> new FicheConvention.Document(rs.getLong("id"), rs.getString("nom_fichier"),
					rs.getInt("taille"), rs.getTimestamp("depose_le").toInstant(), rs.getString("depose_par")))
			.list();
		List<FicheConvention.Suite> suites = sql
			.sql("select id, numero, lien from convention where precedente_id = :id order by debut, id")
			.param("id", id)
			.query((rs, n) -> new FicheConvention.Suite(rs.getLong("id"), rs.getString("numero"),
					LienConvention.valueOf(rs.getString("lien"))))
			.list();
		return new FicheConvention(entete, cofinanceurs, documents, suites);
	}

	/**
	 * Records a convention. The service judges what a form cannot: the tiers-lieu is in a
	 * région the author coordinates, France Travail's share of a subvention is at most
	 * half of the action's cost and the co-funders do not exceed it, a renewal follows a
	 * convention of the same tiers-lieu, the number is free.
	 */
	@Transactional
	public long enregistrer(Perimetre qui, NouvelleConvention convention) {
		String region = sql.sql("""
				select d.region_code from tiers_lieu tl join departement d on d.code = tl.departement_code
				where tl.id = :id""")
			.param("id", convention.tiersLieuId())
			.query(String.class)
			.optional()
			.filter(qui::coordonne)
			.orElseThrow(() -> new SaisieRefuseeException("tiersLieuId", "convention.tiersLieuHorsPerimetre"));
		verifierLeFinancement(convention);
		if (convention.precedenteId() != null) {
			Long tiersLieuPrecedent = sql.sql("select tiers_lieu_id from convention where id = :id")
				.param("id", convention.precedenteId())
				.query(Long.class)
				.optional()
				.orElse(null);
			if (!convention.tiersLieuId().equals(tiersLieuPrecedent)) {
				throw new SaisieRefuseeException("precedenteId", "convention.precedenteAutreTiersLieu");
			}
			if (convention.lien() == null) {
				throw new SaisieRefuseeException("lien", "convention.lienRequis");
			}
		}
		if (numeroPris(convention.numero())) {
			throw new SaisieRefuseeException("numero", "convention.numeroPris");
		}
		long id;
		try {
			id = sql
				.sql("""
						insert into convention (tiers_lieu_id, numero, signataire, type, objet, objet_precision, debut, fin,
						                        montant, cout_action, reference_marche, lot, precedente_id, lien, cree_par, cree_le)
						values (:tiersLieu, :numero, :signataire, :type, :objet, :precision, :debut, :fin, :montant, :cout,
						        :marche, :lot, :precedente, :lien, :par, :le) returning id""")
				.param("tiersLieu", convention.tiersLieuId())
				.param("numero", convention.numero())
				.param("signataire", convention.signataire())
				.param("type", convention.type().name())
				.param("objet", convention.objet().name())
				.param("precision", convention.objet() == ObjetConvention.AUTRE ? convention.objetPrecision() : null)
				.param("debut", Date.valueOf(convention.debut()))
				.param("fin", Date.valueOf(convention.fin()))
				.param("montant", convention.montant())
				.param("cout", convention.type() == TypeConvention.SUBVENTION ? convention.coutAction() : null)
				.param("marche", convention.type() == TypeConvention.PRESTATION ? convention.referenceMarche() : null)
				.param("lot", convention.type() == TypeConvention.PRESTATION ? convention.lot() : null)
				.param("precedente", convention.precedenteId())
				.param("lien", convention.precedenteId() == null ? null : convention.lien().name())
				.param("par", qui.identifiant())
				.param("le", Timestamp.from(horloge.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException numeroPris) {
			throw new SaisieRefuseeException("numero", "convention.numeroPris");
		}
		for (Cofinancement cofinanceur : convention.cofinanceurs()) {
			sql.sql("insert into cofinanceur (convention_id, nom, montant) values (:id, :nom, :montant)")
				.param("id", id)
				.param("nom", cofinanceur.nom())
				.param("montant", cofinanceur.montant())
				.update();
		}
		return id;
	}

	/**
	 * The tiers-lieux a convention may be recorded with: those of the régions the author
	 * coordinates, by name.
	 */
	public List<TiersLieuConventionnable> tiersLieux(Perimetre qui) {
		return sql
			.sql("""
					select tl.id, tl.nom, tl.commune, d.code from tiers_lieu tl join departement d on d.code = tl.departement_code
					where (:tout or (:coordination and d.region_code in (:regions))) order by tl.nom, tl.id""")
			.param("tout", qui.voitTout())
			.param("coordination", qui.role() == Role.COORDINATEUR)
			.param("regions", qui.regionsOuAucune())
			.query((rs, n) -> new TiersLieuConventionnable(rs.getLong("id"), rs.getString("nom"),
					rs.getString("commune"), rs.getString("code")))
			.list();
	}

	/** Whether the reader records conventions at all: an admin, a coordination. */
	public static boolean enregistre(Perimetre qui) {
		return qui.voitTout() || (qui.role() == Role.COORDINATEUR && !qui.regions().isEmpty());
	}

	/** Whether a convention already bears this number. */
	public boolean numeroPris(String numero) {
		return sql.sql("select exists (select 1 from convention where numero = :numero)")
			.param("numero", numero)
			.query(Boolean.class)
			.single();
	}

	private static void verifierLeFinancement(NouvelleConvention convention) {
		if (convention.fin().isBefore(convention.debut())) {
			throw new SaisieRefuseeException("fin", "convention.finAvantDebut");
		}
		if (convention.objet() == ObjetConvention.AUTRE && convention.objetPrecision() == null) {
			throw new SaisieRefuseeException("objetPrecision", "convention.precisionRequise");
		}
		switch (convention.type()) {
			case SUBVENTION -> {
				if (convention.coutAction() == null) {
					throw new SaisieRefuseeException("coutAction", "convention.coutRequis");
				}
				// the database checks the same: montant * 2 <= cout_action
				BigDecimal plafond = convention.coutAction().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
				if (convention.montant().multiply(BigDecimal.valueOf(2)).compareTo(convention.coutAction()) > 0) {
					throw new SaisieRefuseeException("montant", "convention.plafondSubvention", plafond);
				}
				if (convention.montant().add(convention.totalCofinance()).compareTo(convention.coutAction()) > 0) {
					throw new SaisieRefuseeException("cofinanceurs", "convention.financementsAuDelaDuCout");
				}
			}
			case PRESTATION -> {
				if (convention.referenceMarche() == null) {
					throw new SaisieRefuseeException("referenceMarche", "convention.marcheRequis");
				}
			}
			case GRACIEUSE -> {
				if (convention.montant().signum() != 0) {
					throw new SaisieRefuseeException("montant", "convention.gracieuseSansMontant");
				}
			}
		}
		if (convention.type() != TypeConvention.SUBVENTION && !convention.cofinanceurs().isEmpty()) {
			throw new SaisieRefuseeException("cofinanceurs", "convention.cofinanceursDUneSubvention");
		}
	}

	/** Attaches a PDF (the signed convention, an annex) to a convention. */
	@Transactional
	public long deposer(Perimetre qui, long conventionId, String nomFichier, byte[] contenu) {
		coordonnee(qui, conventionId);
		if (contenu.length == 0 || contenu.length > TAILLE_MAX_DOCUMENT || !estUnPdf(contenu)) {
			throw new SaisieRefuseeException("fichier", "convention.documentPdf");
		}
		return sql.sql("""
				insert into document_convention (convention_id, nom_fichier, contenu, taille, depose_le, depose_par)
				values (:id, :nom, :contenu, :taille, :le, :par) returning id""")
			.param("id", conventionId)
			.param("nom", nomFichier)
			.param("contenu", contenu)
			.param("taille", contenu.length)
			.param("le", Timestamp.from(horloge.instant()))
			.param("par", qui.identifiant())
			.query(Long.class)
			.single();
	}

	/** A document of a convention the reader sees; 404 otherwise. */
	public Piece document(Perimetre qui, long conventionId, long documentId) {
		return LecteursDuBudget
			.lier(sql.sql("select dc.nom_fichier, dc.contenu "
					+ LISIBLES.replace("where", "join document_convention dc on dc.convention_id = c.id where")
					+ " and c.id = :id and dc.id = :document"), qui)
			.param("id", conventionId)
			.param("document", documentId)
			.query((rs, n) -> new Piece(rs.getString(1), rs.getBytes(2)))
			.optional()
			.orElseThrow(() -> new IntrouvableException("document", documentId));
	}

	/**
	 * Checks the author coordinates the convention's région: 404 if they cannot even read
	 * it, 403 if they only read it.
	 */
	public String coordonnee(Perimetre qui, long conventionId) {
		String region = lisible(qui, conventionId);
		if (!qui.coordonne(region)) {
			throw new AccesRefuseException(qui.identifiant() + " ne coordonne pas la région " + region);
		}
		return region;
	}

	/** The convention's région, if the reader sees the convention; 404 otherwise. */
	String lisible(Perimetre qui, long conventionId) {
		return LecteursDuBudget.lier(sql.sql("select d.region_code " + LISIBLES + " and c.id = :id"), qui)
			.param("id", conventionId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IntrouvableException("convention", conventionId));
	}

	private static boolean estUnPdf(byte[] contenu) {
		return contenu.length > 4 && contenu[0] == '%' && contenu[1] == 'P' && contenu[2] == 'D' && contenu[3] == 'F';
	}

	private ConventionLigne ligne(ResultSet rs) throws SQLException {
		LocalDate fin = rs.getObject("fin", LocalDate.class);
		LocalDate aujourdhui = LocalDate.now(horloge);
		boolean suivie = rs.getBoolean("suivie");
		int joursAvantEcheance = joursAvantEcheance();
		return new ConventionLigne(rs.getLong("id"), rs.getString("numero"), rs.getString("signataire"),
				rs.getString("tiers_lieu"), TypeConvention.valueOf(rs.getString("type")),
				ObjetConvention.valueOf(rs.getString("objet")), rs.getObject("debut", LocalDate.class), fin,
				rs.getBigDecimal("montant"), rs.getBigDecimal("engage"), rs.getBigDecimal("paye"), suivie,
				!suivie && !fin.isAfter(aujourdhui.plusDays(joursAvantEcheance)) && !fin.isBefore(aujourdhui),
				fin.isBefore(aujourdhui));
	}

	/**
	 * A convention in a list.
	 *
	 * @param aEcheance ends within the configured days, no successor yet
	 */
	public record ConventionLigne(long id, String numero, String signataire, String tiersLieu, TypeConvention type,
			ObjetConvention objet, LocalDate debut, LocalDate fin, BigDecimal montant, BigDecimal engage,
			BigDecimal paye, boolean suivie, boolean aEcheance, boolean terminee) {
	}

	/** A convention to record; text already cleaned, empty texts null. */
	public record NouvelleConvention(Long tiersLieuId, String numero, String signataire, TypeConvention type,
			ObjetConvention objet, String objetPrecision, LocalDate debut, LocalDate fin, BigDecimal montant,
			BigDecimal coutAction, String referenceMarche, String lot, Long precedenteId, LienConvention lien,
			List<Cofinancement> cofinanceurs) {

		public NouvelleConvention {
			cofinanceurs = List.copyOf(cofinanceurs);
		}

		BigDecimal totalCofinance() {
			return cofinanceurs.stream().map(Cofinancement::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** Another funder of a subvention and its share. */
	public record Cofinancement(String nom, BigDecimal montant) {
	}

	/** A tiers-lieu of the form's list. */
	public record TiersLieuConventionnable(long id, String nom, String commune, String departement) {
	}

	/** A document's file. */
	public record Piece(String nomFichier, byte[] contenu) {
	}

}
