package fr.tierslieux.inclusion.droits;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes records anonymous: what names or describes the person goes (name, contact,
 * identifiers, every text written about them or by them), what counts stays (referrals
 * and their steps, attendance, levels, resources handed out, situations after the
 * parcours), so that the figures and the budget reports do not change and nothing leads
 * back to the person. Written in SQL, one statement per table for a whole batch.
 */
@Component
class Anonymisation {

	/** The name an anonymised record shows, wherever a past sheet still lists it. */
	static final String PRENOM = "Personne";

	static final String NOM = "anonymisée";

	/** The person's referrals, for the tables that hang from them. */
	private static final String ORIENTATIONS = "select id from orientation where beneficiaire_id = any(:ids)";

	private final JdbcClient sql;

	Anonymisation(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * Runs within the caller's transaction, after the person's open referrals were
	 * closed.
	 * @return the records anonymised (those already anonymous are left)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int anonymiser(Collection<Long> personnes, MotifEffacement motif, Instant quand) {
		if (personnes.isEmpty()) {
			return 0;
		}
		Long[] ids = personnes.toArray(Long[]::new);
		int anonymisees = sql.sql("""
				update beneficiaire set prenom = :prenom, nom = :nom, email = null, telephone = null,
				       identifiant_ft = null, annee_naissance = null, diagnostic_resultat = null, conseiller_id = null,
				       anonymisee_le = :quand, effacement_motif = :motif, version = version + 1
				where id = any(:ids) and anonymisee_le is null""")
			.param("prenom", PRENOM)
			.param("nom", NOM)
			.param("quand", Timestamp.from(quand))
			.param("motif", motif.name())
			.param("ids", ids)
			.update();
		for (String effacement : List.of("delete from carnet_entree where beneficiaire_id = any(:ids)",
				"delete from lien_carnet where beneficiaire_id = any(:ids)",
				"delete from lecture_navette where beneficiaire_id = any(:ids)",
				"delete from message_navette where beneficiaire_id = any(:ids)",
				"update retour_seance set appris = null, a_revoir = null where beneficiaire_id = any(:ids)",
				"delete from temoignage where orientation_id in (" + ORIENTATIONS + ")",
				"update bilan_fin_parcours set commentaire = null where orientation_id in (" + ORIENTATIONS + ")",
				"update rebond set motif = null where orientation_id in (" + ORIENTATIONS + ")",
				// a situation "other" must say which: the words go, the choice stays
				"""
						update situation_sortie set precision = case when situation = 'AUTRE' then '—' end
						where orientation_id in (""" + ORIENTATIONS + ") and precision is not null",
				// the reasons of the catalogue and of the platform say nothing of the
				// person
				"""
						update orientation_transition set motif = null
						where orientation_id in (""" + ORIENTATIONS + """
						) and motif is not null
						and motif not in (select libelle from motif_catalogue) and motif <> all(:raisons)""")) {
			JdbcClient.StatementSpec requete = sql.sql(effacement).param("ids", ids);
			if (effacement.contains(":raisons")) {
				requete = requete.param("raisons",
						Arrays.stream(MotifEffacement.values()).map(MotifEffacement::raison).toArray(String[]::new));
			}
			requete.update();
		}
		return anonymisees;
	}

}
