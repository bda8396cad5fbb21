package fr.tierslieux.inclusion.compte;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.JournalAdministration;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;

/**
 * The accounts of the platform: the coordination reads those of its régions (to find the
 * referents of a binôme), an admin reads every one, disables or enables it and changes
 * its role and structure.
 */
@Service
@Transactional
public class GestionDesComptes {

	/** SQL: the account {@code u} belongs to a structure of the reader's régions. */
	private static final String DANS_LES_REGIONS = """
			(:tout or exists (select 1 from rattachement ra
			  left join agence a on a.id = ra.agence_id left join departement da on da.code = a.departement_code
			  left join tiers_lieu t on t.id = ra.tiers_lieu_id left join departement dt on dt.code = t.departement_code
			  where ra.utilisateur_id = u.id and coalesce(ra.region_code, da.region_code, dt.region_code) in (:regions)))""";

	private final JdbcClient sql;

	private final UtilisateurRepository utilisateurs;

	private final CompteService comptes;

	private final JournalAdministration journal;

	private final SessionsDesComptes sessions;

	private final SecondFacteur secondFacteur;

	GestionDesComptes(JdbcClient sql, UtilisateurRepository utilisateurs, CompteService comptes,
			JournalAdministration journal, SessionsDesComptes sessions, SecondFacteur secondFacteur) {
		this.secondFacteur = secondFacteur;
		this.journal = journal;
		this.sessions = sessions;
		this.sql = sql;
		this.utilisateurs = utilisateurs;
		this.comptes = comptes;
	}

	/** The accounts the reader may see, by identifier, filtered by a text. */
	@Transactional(readOnly = true)
	public Tranche<CompteLigne> comptes(Perimetre qui, String texte, Curseur curseur) {
		if (qui.role() != Role.ADMIN && qui.role() != Role.COORDINATEUR) {
			throw new AccesRefuseException("comptes réservés à la coordination et à l'administration");
		}
		String motif = "%" + (texte == null ? "" : texte.strip().toLowerCase()) + "%";
		String filtre = texte == null || texte.isBlank() ? ""
				: " and (u.identifiant like :texte or lower(u.nom_affiche) like :texte)";
		String sens = curseur.enArriere() ? " desc" : "";
		String repere = curseur.repere() == null ? ""
				: " and (u.identifiant, u.id) " + (curseur.enArriere() ? "<" : ">")
						+ " (select r.identifiant, r.id from utilisateur r where r.id = :repere)";
		List<CompteLigne> lignes = lire(DANS_LES_REGIONS + filtre + repere + " order by u.identifiant" + sens + ", u.id"
				+ sens + " limit :lire")
			.param("tout", qui.voitTout())
			.param("regions", qui.regionsOuAucune())
			.param("texte", motif)
			.param("repere", curseur.repere())
			.param("lire", curseur.taille() + 1)
			.query(GestionDesComptes::ligne)
			.list();
		Comptage total = Comptage.de(curseur, lignes.size(),
				() -> sql.sql(Comptage.requete("select 1 from utilisateur u where " + DANS_LES_REGIONS + filtre))
					.param("tout", qui.voitTout())
					.param("regions", qui.regionsOuAucune())
					.param("texte", motif)
					.query(Long.class)
					.single());
		return Tranche.lue(lignes, curseur, total, CompteLigne::id);
	}

	/** One account, for an admin to change it. */
	@Transactional(readOnly = true)
	public CompteLigne compte(Perimetre qui, Long id) {
		if (qui.role() != Role.ADMIN) {
			throw new AccesRefuseException("seule l'administration gère les comptes");
		}
		return lire("u.id = :id").param("id", id)
			.query(GestionDesComptes::ligne)
			.optional()
			.orElseThrow(() -> new IntrouvableException("compte", id));
	}

	private JdbcClient.StatementSpec lire(String condition) {
		return sql
			.sql("""
					select u.id, u.identifiant, u.nom_affiche, u.role, u.actif, u.version,
					       array(select coalesce(r.nom, a.nom, t.nom) from rattachement ra left join region r on r.code = ra.region_code
					             left join agence a on a.id = ra.agence_id left join tiers_lieu t on t.id = ra.tiers_lieu_id
					             where ra.utilisateur_id = u.id order by 1) as structures
					from utilisateur u where """
					+ " " + condition);
	}

	private static CompteLigne ligne(java.sql.ResultSet rs, int n) throws SQLException {
		return new CompteLigne(rs.getLong("id"), rs.getString("identifiant"), rs.getString("nom_affiche"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("actif"), textes(rs.getArray("structures")),
				rs.getLong("version"));
	}

	/**
	 * Disables (nobody can log in with it) or enables an account. An admin does not
	 * disable their own account; an account anonymised a year after its deactivation is
	 * not enabled again (its person is no longer known).
	 */
	public void changerActif(Perimetre qui, Long id, long version, boolean actif) {
		Utilisateur utilisateur = modifiable(qui, id, version);
		if (actif && utilisateur.estAnonyme()) {
			throw new ConflitException("compte.anonyme");
		}
		utilisateur.changerActif(actif);
		ConflitException.auFlush(utilisateurs::flush);
		if (!actif) {
			sessions.terminer(id);
		}
		journal.noter(qui.identifiant(), ObjetAdministre.COMPTE, utilisateur.getIdentifiant(),
				actif ? "REACTIVATION" : "DESACTIVATION", null);
	}

	/**
	 * Forgets the account's second factor (a lost phone, its recovery codes spent): it
	 * enrols a new app at its next login; its sessions end, in case the phone was stolen.
	 */
	public void reinitialiserLeSecondFacteur(Perimetre qui, Long id, long version) {
		Utilisateur utilisateur = modifiable(qui, id, version);
		secondFacteur.reinitialiser(id);
		sessions.terminer(id);
		journal.noter(qui.identifiant(), ObjetAdministre.COMPTE, utilisateur.getIdentifiant(),
				"SECOND_FACTEUR_REINITIALISE", null);
	}

	/**
	 * Gives the account another role and the one structure that goes with it (none for an
	 * admin); its former structures are left.
	 */
	public void changerRole(Perimetre qui, Long id, long version, Role role, Structure structure) {
		Utilisateur utilisateur = modifiable(qui, id, version);
		Role avant = utilisateur.getRole();
		if (role == Role.ADMIN ? structure != null : structure == null || !structure.convientA(role)) {
			throw new SaisieRefuseeException("structure",
					role == Role.ADMIN ? "compte.structureAdmin" : "invitation.structureDuRole." + role);
		}
		utilisateur.changerRole(role);
		// the former memberships go first: the new one may be the same région
		ConflitException.auFlush(utilisateurs::flush);
		if (structure != null) {
			comptes.rattacher(id, structure);
		}
		sessions.terminer(id);
		journal.noter(qui.identifiant(), ObjetAdministre.COMPTE, utilisateur.getIdentifiant(), "CHANGEMENT_DE_ROLE",
				avant + " → " + role + (structure == null ? "" : ", " + structure.code()));
	}

	private Utilisateur modifiable(Perimetre qui, Long id, long version) {
		verifierAdministrateur(qui, id);
		Utilisateur utilisateur = utilisateurs.findById(id).orElseThrow(() -> new IntrouvableException("compte", id));
		ConflitException.verifierVersion(version, utilisateur.getVersion());
		return utilisateur;
	}

	private void verifierAdministrateur(Perimetre qui, Long id) {
		if (qui.role() != Role.ADMIN) {
			throw new AccesRefuseException("seule l'administration gère les comptes");
		}
		String identifiant = sql.sql("select identifiant from utilisateur where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IntrouvableException("compte", id));
		if (identifiant.equals(qui.identifiant())) {
			throw new ConflitException("compte.soiMeme");
		}
	}

	private static List<String> textes(Array tableau) throws SQLException {
		return tableau == null ? List.of() : Arrays.asList((String[]) tableau.getArray());
	}

	/** An account as the list shows it; {@code structures} are names, sorted. */
	public record CompteLigne(Long id, String identifiant, String nomAffiche, Role role, boolean actif,
			List<String> structures, long version) {
	}

}
