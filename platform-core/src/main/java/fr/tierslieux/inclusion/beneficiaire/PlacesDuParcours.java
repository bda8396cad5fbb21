package fr.tierslieux.inclusion.beneficiaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.courrier.Notifications;

/**
 * The seats of a parcours: a referral accepted or under way holds one. Reading them locks
 * the parcours until the transaction ends, so two acceptances at once cannot both take
 * the last seat. Also tells the referring counsellor of each decision, without naming the
 * person in the mail.
 */
@Component
class PlacesDuParcours {

	private static final Map<OrientationStatut, String> DECISIONS = Map.of(OrientationStatut.ACCEPTEE, "acceptée",
			OrientationStatut.EN_LISTE_ATTENTE, "mise en liste d'attente", OrientationStatut.REFUSEE, "refusée");

	private final JdbcClient sql;

	private final Notifications notifications;

	PlacesDuParcours(JdbcClient sql, Notifications notifications) {
		this.sql = sql;
		this.notifications = notifications;
	}

	/** Seats: {taken, capacity}, the parcours locked. */
	long[] occupation(Long parcoursId) {
		long capacite = sql.sql("select capacite from parcours where id = :id for update")
			.param("id", parcoursId)
			.query(Long.class)
			.single();
		long occupees = sql.sql("""
				select count(*) from orientation where parcours_id = :id and statut in ('ACCEPTEE', 'EN_PARCOURS')""")
			.param("id", parcoursId)
			.query(Long.class)
			.single();
		return new long[] { occupees, capacite };
	}

	/** The referral that waited longest for this parcours, if any. */
	Optional<Long> premiereEnAttente(Long parcoursId) {
		return sql.sql("""
				select id from orientation where parcours_id = :id and statut = 'EN_LISTE_ATTENTE'
				order by orientee_le, id limit 1""").param("id", parcoursId).query(Long.class).optional();
	}

	/** Tells the counsellor who made the referral what the tiers-lieu decided. */
	void prevenirDeLaDecision(Long orientationId, OrientationStatut decision) {
		String quoi = DECISIONS.get(decision);
		if (quoi == null) {
			return;
		}
		sql.sql("""
				select u.identifiant, p.intitule, t.nom from orientation o join utilisateur u on u.id = o.orientee_par_id
				join parcours p on p.id = o.parcours_id join binome bi on bi.id = p.binome_id
				join tiers_lieu t on t.id = bi.tiers_lieu_id where o.id = :id and u.actif""")
			.param("id", orientationId)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional()
			.ifPresent(l -> notifications.apresValidation(List.of(l.get(0)), "Orientation " + quoi, """
					Bonjour,

					Une personne que vous avez orientée vers le parcours « %s » (%s) est %s. Retrouvez-la sur \
					la plateforme, page « Bénéficiaires ».
					""".formatted(l.get(1), l.get(2), quoi)));
	}

}
