package fr.tierslieux.inclusion.beneficiaire;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.PerimetreSql;

/**
 * The bénéficiaires list, in SQL written for the reader's perimeter and read by key
 * (name, first name, id). The rule is the one of {@link BeneficiaireRepository} (a person
 * is seen by the agence that follows them and by the binômes they are oriented to; the
 * exact-set tests hold both to it), written so that PostgreSQL reads each page by index
 * whatever the page and the size of the perimeter:
 * <ul>
 * <li>an admin walks the name index of every person;</li>
 * <li>a coordination walks its région's slice of {@code beneficiaire_region} (the régions
 * where each person is visible, kept by the database with the sort keys), in order;</li>
 * <li>an agence or a tiers-lieu gathers its few thousand people by index, then sorts
 * them.</li>
 * </ul>
 */
@Component
class ListeDesBeneficiaires {

	/** People followed by the agences in scope. */
	private static final String PAR_AGENCE = "select id from beneficiaire where agence_id in (:agences)";

	/** People visible in the régions in scope. */
	private static final String PAR_REGION = "select beneficiaire_id from beneficiaire_region where region_code in (:regions)";

	/**
	 * People oriented to a binôme in scope, by its tiers-lieu or agence.
	 */
	private static final String ORIENTES = """
			select o.beneficiaire_id from orientation o join parcours p on p.id = o.parcours_id
			join binome bi on bi.id = p.binome_id""";

	/**
	 * The union read for {@code Source.RASSEMBLES}; the perimeter's empty lists hold a
	 * value no row matches.
	 */
	private static final String RASSEMBLEMENT = String.join(" union ",
			List.of(PAR_AGENCE, ORIENTES + " where bi.agence_id in (:agences)",
					ORIENTES + " where bi.tiers_lieu_id in (:tiersLieux)", PAR_REGION));

	/**
	 * A referral the reader sees, for the count of each row (a handful of rows per
	 * person).
	 */
	private static final String ORIENTATION_VISIBLE = "(" + PerimetreSql.AGENCE_DE_LA_PERSONNE + " or "
			+ PerimetreSql.BINOME + ")";

	private static final String COLONNES = """
			select b.id, b.nom, b.prenom, a.nom as agence, b.profil, b.avec_prerequis,
			       (select count(*) from orientation o join parcours p on p.id = o.parcours_id
			        join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
			        where o.beneficiaire_id = b.id and """ + ORIENTATION_VISIBLE + """
			       ) as orientations
			from (""";

	private static final String DETAILS = """
			) page join beneficiaire b on b.id = page.id join agence a on a.id = b.agence_id
			join departement d on d.code = a.departement_code
			""";

	/**
	 * Only written when there is a term: {@code :motif = '' or …} would keep PostgreSQL's
	 * generic plan from dropping it, and from reading a région in index order.
	 */
	private static final String RECHERCHE = " and (lower(b.nom) like :motif or lower(b.prenom) like :motif)";

	private final JdbcClient jdbc;

	ListeDesBeneficiaires(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Tranche<BeneficiaireLigne> tranche(Perimetre perimetre, String motif, Curseur curseur) {
		Source source = Source.pour(perimetre);
		String recherche = motif.isEmpty() ? "" : RECHERCHE;
		String sens = curseur.enArriere() ? " desc" : "";
		String repere = curseur.repere() == null ? ""
				: " and (" + source.cles("") + ") " + (curseur.enArriere() ? "<" : ">") + " (select " + source.cles("r")
						+ " from " + source.depuis("r") + " where " + source.visibles("r") + " and " + source.id("r")
						+ " = :repere limit 1)";
		String page = "select " + (source.doublons() ? "distinct on (" + source.cles("") + ") " : "") + source.id("")
				+ " as id from " + source.depuis("") + " where " + source.visibles("") + recherche + repere
				+ " order by " + source.cles("").replace(",", sens + ",") + sens + " limit :lire";
		String memeOrdre = " order by lower(b.nom)" + sens + ", lower(b.prenom)" + sens + ", b.id" + sens;
		List<BeneficiaireLigne> lignes = parametres(jdbc.sql(COLONNES + page + DETAILS + memeOrdre), perimetre, motif)
			.param("repere", curseur.repere())
			.param("lire", curseur.taille() + 1)
			.query((rs, i) -> new BeneficiaireLigne(rs.getLong("id"), rs.getString("nom"), rs.getString("prenom"),
					rs.getString("agence"), ProfilBeneficiaire.valueOf(rs.getString("profil")),
					rs.getBoolean("avec_prerequis"), rs.getLong("orientations")))
			.list();
		return Tranche.lue(lignes, curseur, compter(source, perimetre, motif, recherche, curseur, lignes.size()),
				BeneficiaireLigne::id);
	}

	/** The first page that holds every row says how many there are without a count. */
	private Comptage compter(Source source, Perimetre perimetre, String motif, String recherche, Curseur curseur,
			int lues) {
		// without a term, a région's people are counted on its slice of the index alone
		String comptees = recherche.isEmpty() && source == Source.REGIONS
				? "select distinct br.beneficiaire_id from beneficiaire_region br where " + source.visibles("")
				: "select distinct " + source.id("") + " from " + source.depuis("") + " where " + source.visibles("")
						+ recherche;
		return Comptage.de(curseur, lues,
				() -> parametres(jdbc.sql(Comptage.requete(comptees)), perimetre, motif).query(Long.class).single());
	}

	/**
	 * Where a page's rows come from and how they are sorted, for one shape of perimeter.
	 * Each method takes an alias suffix, so that the same source serves the page and the
	 * look-up of the row it starts after ({@code b}, {@code br} and {@code rb},
	 * {@code rbr}).
	 */
	private enum Source {

		/** Every person, in the order of the name index. */
		TOUT {
			@Override
			String depuis(String s) {
				return "beneficiaire " + s + "b";
			}

			@Override
			String visibles(String s) {
				return s + "b.anonymisee_le is null";
			}
		},

		/**
		 * A région's slice of beneficiaire_region, already in order (without the
		 * anonymised records, which the database leaves out of it).
		 */
		REGIONS {
			@Override
			String depuis(String s) {
				return "beneficiaire_region " + s + "br join beneficiaire " + s + "b on " + s + "b.id = " + s
						+ "br.beneficiaire_id";
			}

			@Override
			String visibles(String s) {
				return s + "br.region_code in (:regions)";
			}

			@Override
			String cles(String s) {
				return s + "br.nom_tri, " + s + "br.prenom_tri, " + s + "br.beneficiaire_id";
			}

			@Override
			boolean doublons() {
				return true; // one row per région: a person visible in two of them
			}
		},

		/** The few thousand people of agences or tiers-lieux, gathered by index. */
		RASSEMBLES {
			@Override
			String depuis(String s) {
				return "beneficiaire " + s + "b";
			}

			@Override
			String visibles(String s) {
				return s + "b.id in (" + RASSEMBLEMENT + ") and " + s + "b.anonymisee_le is null";
			}
		};

		static Source pour(Perimetre perimetre) {
			if (perimetre.voitTout()) {
				return TOUT;
			}
			if (perimetre.agences().isEmpty() && perimetre.tiersLieux().isEmpty()) {
				return REGIONS;
			}
			return RASSEMBLES;
		}

		abstract String depuis(String s);

		abstract String visibles(String s);

		String cles(String s) {
			return "lower(" + s + "b.nom), lower(" + s + "b.prenom), " + s + "b.id";
		}

		String id(String s) {
			return s + "b.id";
		}

		boolean doublons() {
			return false;
		}

	}

	private static JdbcClient.StatementSpec parametres(JdbcClient.StatementSpec requete, Perimetre perimetre,
			String motif) {
		return PerimetreSql.lier(requete, perimetre).param("motif", motif);
	}

}
