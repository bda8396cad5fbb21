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
 * What T3 records, at national scale, so that its pages are measured on real volumes:
 * three criteria for one person in four who entered a parcours, rated before and (once it
 * is over) at the end; a feedback on the first session for one participant in ten; the
 * situation at the end for one ended parcours in three. Set-based; added once, also to a
 * dataset generated before it existed.
 */
final class EvaluationGeneree {

	private static final Logger log = LoggerFactory.getLogger(EvaluationGeneree.class);

	private static final String AUTEUR = "generation";

	/** The generated referrals only, never the demo's. */
	private static final String ORIENTATIONS_GENEREES = """
			orientation o join parcours p on p.id = o.parcours_id join binome bi on bi.id = p.binome_id
			join vague v on v.id = bi.vague_id and v.nom like '%s%%'""".formatted(GenerateurNational.VAGUE);

	private EvaluationGeneree() {
	}

	static boolean dejaPresente(Connection connexion) throws SQLException {
		try (Statement statement = connexion.createStatement();
				ResultSet rs = statement.executeQuery(
						"select exists (select 1 from critere_progression where cree_par = '" + AUTEUR + "')")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	static Map<String, Long> ajouter(Connection connexion) throws SQLException {
		Map<String, Long> lignes = new LinkedHashMap<>();
		try (Statement statement = connexion.createStatement()) {
			lignes.put("critere_progression", statement.executeLargeUpdate("""
					insert into critere_progression (orientation_id, ordre, libelle, competence, cree_par, cree_le)
					select o.id, c.ordre, c.libelle, c.competence, '%s', o.orientee_le + interval '7 days'
					from %s
					cross join (values (1, 'Je me sens capable de chercher une offre d''emploi en ligne', 'PIX:1.1'),
					                   (2, 'J''ose envoyer un courriel avec une pièce jointe', 'PIX:2.1'),
					                   (3, 'Je sais où trouver de l''aide près de chez moi', null))
					     c(ordre, libelle, competence)
					where o.statut in ('EN_PARCOURS', 'TERMINEE', 'ABANDON') and o.beneficiaire_id %% 4 = 0"""
				.formatted(AUTEUR, ORIENTATIONS_GENEREES)));
			lignes.put("note_critere", statement.executeLargeUpdate("""
					insert into note_critere (critere_id, moment, note, note_par, note_le)
					select c.id, m.moment, case m.moment when 'AVANT' then 1 + c.id %% 2 else 3 + c.id %% 2 end, null,
					       c.cree_le + interval '1 day'
					from critere_progression c join orientation o on o.id = c.orientation_id
					cross join (values ('AVANT'), ('FIN')) m(moment)
					where c.cree_par = '%s' and (m.moment = 'AVANT' or o.statut = 'TERMINEE')""".formatted(AUTEUR)));
			lignes.put("retour_seance",
					statement.executeLargeUpdate(
							"""
									insert into retour_seance (atelier_id, beneficiaire_id, ressenti, appris, a_revoir, ecrit_par, ecrit_le)
									select premier.id, pa.beneficiaire_id, 1 + pa.beneficiaire_id %% 4, 'Joindre un fichier',
									       'Les dossiers', null, premier.date_atelier + time '18:00'
									from participation pa join parcours p on p.id = pa.parcours_id join binome bi on bi.id = p.binome_id
									join vague v on v.id = bi.vague_id and v.nom like '%s%%'
									join lateral (select a.id, a.date_atelier from atelier a where a.parcours_id = pa.parcours_id
									              order by a.date_atelier, a.id limit 1) premier on true
									where pa.beneficiaire_id %% 10 = 0"""
								.formatted(GenerateurNational.VAGUE)));
			lignes.put("situation_sortie", statement.executeLargeUpdate("""
					insert into situation_sortie (orientation_id, echeance, situation, saisie_par, saisie_le)
					select o.id, 'FIN', (array['EMPLOI_DURABLE', 'EMPLOI_TRANSITION', 'FORMATION', 'CREATION_ACTIVITE',
					       'EN_RECHERCHE'])[1 + o.beneficiaire_id %% 5], '%s', o.orientee_le + interval '6 months'
					from %s
					where o.statut in ('TERMINEE', 'ABANDON') and o.beneficiaire_id %% 3 = 0""".formatted(AUTEUR,
					ORIENTATIONS_GENEREES)));
		}
		lignes.forEach((table, nombre) -> log.info("{} : {} lignes", table, nombre));
		return lignes;
	}

}
