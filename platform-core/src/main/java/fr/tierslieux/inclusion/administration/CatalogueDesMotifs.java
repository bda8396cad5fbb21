package fr.tierslieux.inclusion.administration;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.JournalAdministration;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The reasons offered when a referral is refused or abandoned, kept by the admins. A
 * reason is never deleted (past referrals keep their text): it is withdrawn from the
 * list, and can come back.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueDesMotifs {

	public static final int LIBELLE_MAX = 200;

	private static final String MOTIF = "select id, genre, libelle, actif, version from motif_catalogue";

	private final JdbcClient sql;

	private final JournalAdministration journal;

	CatalogueDesMotifs(JdbcClient sql, JournalAdministration journal) {
		this.sql = sql;
		this.journal = journal;
	}

	/** The reasons a form offers, in their order. */
	public List<String> proposes(GenreMotif genre) {
		return sql.sql("select libelle from motif_catalogue where genre = :genre and actif order by rang, id")
			.param("genre", genre.name())
			.query(String.class)
			.list();
	}

	/** Every reason, withdrawn ones included, for the admins. */
	public List<Motif> tous(Perimetre qui) {
		verifier(qui);
		return sql.sql(MOTIF + " order by genre desc, rang, id").query(CatalogueDesMotifs::motif).list();
	}

	@Transactional
	public Long ajouter(Perimetre qui, GenreMotif genre, String libelle) {
		verifier(qui);
		String propre = libelle(libelle);
		refuserUnDoublon(genre, propre, -1L);
		{
			Long id = sql
				.sql("""
						insert into motif_catalogue (genre, libelle, rang)
						values (:genre, :libelle, (select coalesce(max(rang), 0) + 1 from motif_catalogue where genre = :genre))
						returning id""")
				.param("genre", genre.name())
				.param("libelle", propre)
				.query(Long.class)
				.single();
			journal.noter(qui.identifiant(), ObjetAdministre.MOTIF, genre + " : " + propre, "AJOUT", null);
			return id;
		}
	}

	/** Renames a reason and puts it in or out of the list. */
	@Transactional
	public void modifier(Perimetre qui, Long id, long version, String libelle, boolean actif) {
		verifier(qui);
		String propre = libelle(libelle);
		Motif avant = sql.sql(MOTIF + " where id = :id")
			.param("id", id)
			.query(CatalogueDesMotifs::motif)
			.optional()
			.orElseThrow(() -> new ConflitException("conflit.motif"));
		refuserUnDoublon(avant.genre(), propre, id);
		{
			int changes = sql.sql("""
					update motif_catalogue set libelle = :libelle, actif = :actif, version = version + 1
					where id = :id and version = :version""")
				.param("libelle", propre)
				.param("actif", actif)
				.param("id", id)
				.param("version", version)
				.update();
			if (changes == 0) {
				throw new ConflitException("conflit.motif");
			}
		}
		String action = avant.actif() == actif ? "RENOMMAGE" : actif ? "RETOUR_DANS_LA_LISTE" : "RETRAIT_DE_LA_LISTE";
		journal.noter(qui.identifiant(), ObjetAdministre.MOTIF, avant.genre() + " : " + propre, action,
				avant.libelle().equals(propre) ? null : avant.libelle() + " → " + propre);
	}

	/** Checked before writing: a refused insert would end the caller's transaction. */
	private void refuserUnDoublon(GenreMotif genre, String libelle, Long saufId) {
		if (sql.sql(
				"select exists (select 1 from motif_catalogue where genre = :genre and libelle = :libelle and id <> :id)")
			.param("genre", genre.name())
			.param("libelle", libelle)
			.param("id", saufId)
			.query(Boolean.class)
			.single()) {
			throw new SaisieRefuseeException("libelle", "motif.existeDeja");
		}
	}

	private static Motif motif(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Motif(rs.getLong("id"), GenreMotif.valueOf(rs.getString("genre")), rs.getString("libelle"),
				rs.getBoolean("actif"), rs.getLong("version"));
	}

	private static String libelle(String libelle) {
		String propre = Saisie.nettoyer(libelle, LIBELLE_MAX);
		if (propre.isEmpty()) {
			throw new SaisieRefuseeException("libelle", "motif.vide");
		}
		return propre;
	}

	private static void verifier(Perimetre qui) {
		if (!qui.voitTout()) {
			throw new AccesRefuseException(qui.identifiant() + " n'administre pas les motifs");
		}
	}

	public record Motif(Long id, GenreMotif genre, String libelle, boolean actif, long version) {
	}

}
