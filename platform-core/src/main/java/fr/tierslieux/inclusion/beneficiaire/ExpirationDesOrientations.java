package fr.tierslieux.inclusion.beneficiaire;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.courrier.Notifications;

/**
 * A referral the tiers-lieu leaves unanswered: its facilitators are reminded once before
 * the delay runs out, then it expires and the counsellor who made it is told, so that the
 * person can be referred elsewhere. Run each morning ({@link TacheDExpiration}); the time
 * is a parameter so that tests fix it.
 */
@Service
@Transactional
public class ExpirationDesOrientations {

	/**
	 * Referrals closed in one run at most: a backlog (an import of old data) is worked
	 * off over the following mornings instead of holding one transaction for long.
	 */
	static final int LOT = 1000;

	private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	private final JdbcClient sql;

	private final OrientationRepository orientations;

	private final Notifications notifications;

	private final Duration delai;

	private final Duration relance;

	ExpirationDesOrientations(JdbcClient sql, OrientationRepository orientations, Notifications notifications,
			@Value("${plateforme.orientations.expiration:P21D}") Duration delai,
			@Value("${plateforme.orientations.relance:P3D}") Duration relance) {
		this.sql = sql;
		this.orientations = orientations;
		this.notifications = notifications;
		this.delai = delai;
		this.relance = relance;
	}

	/**
	 * @return the reminders sent (one per tiers-lieu) and the referrals expired
	 */
	public Bilan traiter(Instant maintenant) {
		return new Bilan(relancer(maintenant), expirer(maintenant));
	}

	private int relancer(Instant maintenant) {
		record Attente(Long orientation, Long tiersLieu, String parcours, Instant orienteeLe) {
		}
		List<Attente> attentes = sql.sql("""
				select o.id, bi.tiers_lieu_id, p.intitule, o.orientee_le from orientation o
				join parcours p on p.id = o.parcours_id join binome bi on bi.id = p.binome_id
				where o.statut = 'PROPOSEE' and o.relancee_le is null and o.orientee_le <= :seuil
				and o.orientee_le > :expiration order by bi.tiers_lieu_id, o.orientee_le, o.id""")
			.param("seuil", Timestamp.from(maintenant.minus(delai).plus(relance)))
			.param("expiration", Timestamp.from(maintenant.minus(delai)))
			.query((rs, n) -> new Attente(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
		Map<Long, List<Attente>> parLieu = new LinkedHashMap<>();
		attentes.forEach(a -> parLieu.computeIfAbsent(a.tiersLieu(), t -> new ArrayList<>()).add(a));
		parLieu.forEach((lieu, liste) -> {
			StringBuilder lignes = new StringBuilder();
			liste.forEach(a -> lignes.append("- parcours « ")
				.append(a.parcours())
				.append(" » : orientation du ")
				.append(JOUR.format(a.orienteeLe()))
				.append(", expire le ")
				.append(JOUR.format(a.orienteeLe().plus(delai)))
				.append('\n'));
			notifications.apresValidation(notifications.adressesDuTiersLieu(lieu),
					"Orientations en attente de votre réponse", """
							Bonjour,

							Ces orientations attendent la réponse de votre tiers-lieu (accepter, mettre en liste \
							d'attente ou refuser) ; sans réponse, elles expireront et le conseiller orientera la \
							personne ailleurs :

							%s
							Retrouvez-les sur la plateforme, page « Bénéficiaires ».
							""".formatted(lignes));
		});
		if (!attentes.isEmpty()) {
			sql.sql("update orientation set relancee_le = :maintenant where id in (:ids)")
				.param("maintenant", Timestamp.from(maintenant))
				.param("ids", attentes.stream().map(Attente::orientation).toList())
				.update();
		}
		return parLieu.size();
	}

	private int expirer(Instant maintenant) {
		List<Long> echues = sql.sql("""
				select id from orientation where statut = 'PROPOSEE' and orientee_le <= :expiration
				order by orientee_le, id limit :lot for update skip locked""")
			.param("expiration", Timestamp.from(maintenant.minus(delai)))
			.param("lot", LOT)
			.query(Long.class)
			.list();
		for (Long id : echues) {
			Orientation orientation = orientations.findById(id).orElseThrow();
			orientation.expirer(OrientationService.PROMOTION,
					"Sans réponse du tiers-lieu en " + delai.toDays() + " jours", maintenant);
		}
		orientations.flush();
		echues.forEach(id -> sql.sql("""
				select u.identifiant, p.intitule from orientation o join utilisateur u on u.id = o.orientee_par_id
				join parcours p on p.id = o.parcours_id where o.id = :id and u.actif""")
			.param("id", id)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.optional()
			.ifPresent(l -> notifications.apresValidation(List.of(l.get(0)), "Orientation expirée", """
					Bonjour,

					Une personne que vous avez orientée vers le parcours « %s » n'a pas reçu de réponse du \
					tiers-lieu en %d jours : l'orientation a expiré. Vous pouvez l'orienter vers un autre \
					parcours ; retrouvez-la sur la plateforme, page « Bénéficiaires ».
					""".formatted(l.get(1), delai.toDays()))));
		return echues.size();
	}

	/**
	 * @param relances mails sent to tiers-lieux
	 * @param expirees referrals closed
	 */
	public record Bilan(int relances, int expirees) {
	}

}
