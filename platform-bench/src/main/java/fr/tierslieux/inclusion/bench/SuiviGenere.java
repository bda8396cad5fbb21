package fr.tierslieux.inclusion.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What T2 writes beside the sheets, at national scale, so that its pages are measured on
 * real volumes: the fiche navette (six messages in each binôme's thread, two in the
 * thread of one person in twenty), the carnet de bord (an entry after the first session
 * for one person in five who entered a parcours), APTIC cheques (one person in ten).
 * Set-based, in a few statements; added once, also to a dataset generated before it
 * existed.
 */
final class SuiviGenere {

	private static final Logger log = LoggerFactory.getLogger(SuiviGenere.class);

	private static final String AUTEUR = "generation";

	/** The generated binômes only, never the demo's. */
	private static final String BINOMES_GENERES = """
			binome bi join vague v on v.id = bi.vague_id and v.nom like '%s%%'
			join lateral (select r.utilisateur_id as id from rattachement r where r.agence_id = bi.agence_id
			              order by r.utilisateur_id limit 1) ca on true
			join lateral (select r.utilisateur_id as id from rattachement r where r.tiers_lieu_id = bi.tiers_lieu_id
			              order by r.utilisateur_id limit 1) cf on true
			""".formatted(GenerateurNational.VAGUE);

	private SuiviGenere() {
	}

	static boolean dejaPresent(Connection connexion) throws SQLException {
		try (Statement statement = connexion.createStatement();
				ResultSet rs = statement.executeQuery(
						"select exists (select 1 from ressource_remise where remise_par = '" + AUTEUR + "')")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	static Map<String, Long> ajouter(Connection connexion) throws SQLException {
		Map<String, Long> lignes = new LinkedHashMap<>();
		try (Statement statement = connexion.createStatement()) {
			lignes.put("message_navette (binômes)", statement.executeLargeUpdate("""
					insert into message_navette (binome_id, beneficiaire_id, auteur_id, cote, texte, envoye_le)
					select bi.id, null, case when g %% 2 = 1 then ca.id else cf.id end,
					       case when g %% 2 = 1 then 'AGENCE' else 'TIERS_LIEU' end,
					       'Point d''étape n° ' || g || ' : les orientations du mois et les places qui restent.',
					       timestamptz '2026-05-01 09:00+02' + g * interval '3 days'
					from %s cross join generate_series(1, 6) g
					where exists (select 1 from parcours p where p.binome_id = bi.id)""".formatted(BINOMES_GENERES)));
			lignes.put("message_navette (personnes)", statement.executeLargeUpdate("""
					insert into message_navette (binome_id, beneficiaire_id, auteur_id, cote, texte, envoye_le)
					select bi.id, o.beneficiaire_id, case when g = 1 then ca.id else cf.id end,
					       case when g = 1 then 'AGENCE' else 'TIERS_LIEU' end,
					       case when g = 1 then 'Pouvez-vous me dire comment se passent les premières séances ?'
					            else 'Bien : elle vient à chaque séance et aide les autres.' end,
					       o.orientee_le + g * interval '20 days'
					from orientation o join parcours p on p.id = o.parcours_id
					join %s on bi.id = p.binome_id
					cross join generate_series(1, 2) g
					where o.beneficiaire_id %% 20 = 0""".formatted(BINOMES_GENERES)));
			lignes.put("carnet_entree",
					statement.executeLargeUpdate(
							"""
									insert into carnet_entree (beneficiaire_id, atelier_id, acquis, blocages, souhaits, ecrit_par, ecrit_le)
									select pa.beneficiaire_id, premier.id, 'Envoyer un courriel avec une pièce jointe',
									       'Le clavier va encore trop vite', 'Refaire mon CV', '%s',
									       premier.date_atelier + time '18:00'
									from participation pa join parcours p on p.id = pa.parcours_id
									join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id and v.nom like '%s%%'
									join lateral (select a.id, a.date_atelier from atelier a where a.parcours_id = pa.parcours_id
									              order by a.date_atelier, a.id limit 1) premier on true
									where pa.beneficiaire_id %% 5 = 0"""
								.formatted(AUTEUR, GenerateurNational.VAGUE)));
			lignes.put("ressource_remise", statement.executeLargeUpdate("""
					insert into ressource_remise (beneficiaire_id, genre, numero, valeur, remise_le, remise_par)
					select b.id, 'CHEQUE_APTIC', 'APTIC-GEN-' || b.id, 20.00, date '2026-03-01', '%s'
					from beneficiaire b where b.id %% 10 = 0 and b.email like '%%@exemple.invalid'"""
				.formatted(AUTEUR)));
		}
		lignes.forEach((table, nombre) -> log.info("{} : {} lignes", table, nombre));
		return lignes;
	}

}
