package fr.tierslieux.inclusion.presence;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.atelier.PlanningDesSeances.SeanceDuParcours;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord.PersonneDuLien;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * Self check-in: on the day of a session, the facilitator shows a QR code that changes
 * every 30 seconds; the person scans it with their phone and is recognised by their
 * carnet's personal link or code. The code is signed with the session's own secret
 * (HMAC-SHA256), so a photo sent to someone at home stops working within a minute and
 * nothing is stored per code; two instances of the application agree on it.
 * <p>
 * A check-in never overrides the facilitator's sheet, except an "absent" that the person
 * contradicts by scanning in the room; after the first quarter of an hour it counts as
 * late.
 */
@Service
@Transactional(readOnly = true)
public class PointageParQrCode {

	/** How often the code shown changes. */
	static final Duration PERIODE = Duration.ofSeconds(30);

	/** A scanned code opens the page this long: the screen may lag behind a period. */
	static final Duration POUR_OUVRIR = Duration.ofSeconds(90);

	/** And is accepted this long once the page is open: time to type a personal code. */
	static final Duration POUR_POINTER = Duration.ofMinutes(10);

	static final Duration TOLERANCE_DE_RETARD = Duration.ofMinutes(15);

	private static final List<String> PRESENTS = PresenceStatut.PRESENTS.stream().map(Enum::name).toList();

	private final JdbcClient sql;

	private final PlanningDesSeances planning;

	private final CarnetDeBord carnets;

	private final PresenceRepository presences;

	private final Clock clock;

	PointageParQrCode(JdbcClient sql, PlanningDesSeances planning, CarnetDeBord carnets, PresenceRepository presences,
			Clock clock) {
		this.sql = sql;
		this.planning = planning;
		this.carnets = carnets;
		this.presences = presences;
		this.clock = clock;
	}

	/**
	 * What the facilitator's screen shows now: the current code and how many checked in.
	 * @throws AccesRefuseException for a reader who does not record attendance
	 * @throws ConflitException for a cancelled session, or one not held today
	 */
	public Ecran ecran(Perimetre qui, Long seanceId) {
		SeanceDuParcours seance = planning.seance(qui, seanceId);
		FeuilleDEmargement.verifierEmargeur(qui, seance);
		if (seance.seance().annulee()) {
			throw new ConflitException("conflit.seanceAnnulee");
		}
		if (!seance.seance().date().equals(LocalDate.now(clock.withZone(zone(seance.parcours().regionCode()))))) {
			throw new ConflitException("conflit.pointageHorsDuJour");
		}
		String secret = sql.sql("select secret_pointage from atelier where id = :id")
			.param("id", seanceId)
			.query(String.class)
			.single();
		long fenetre = fenetre(clock.instant());
		long pointees = sql.sql("select count(*) from presence where atelier_id = :id and par_la_personne")
			.param("id", seanceId)
			.query(Long.class)
			.single();
		return new Ecran(seance, code(seanceId, fenetre, secret), pointees);
	}

	/**
	 * The session a freshly scanned code is for, if it is still good and the session is
	 * held today; nothing about anyone.
	 */
	public Optional<SeanceAPointer> seanceDuCode(String code) {
		return seance(code, POUR_OUVRIR);
	}

	/**
	 * The person checks in.
	 * @param jetonOuCode the personal link's token or the personal code
	 * @throws SaisieRefuseeException field {@code code} when the QR code is no longer
	 * good, {@code codePersonnel} when the person is not recognised or holds no seat in
	 * the parcours
	 */
	@Transactional
	public Pointage pointer(String code, String jetonOuCode) {
		SeanceAPointer seance = seance(code, POUR_POINTER)
			.orElseThrow(() -> new SaisieRefuseeException("code", "pointage.codePerime"));
		PersonneDuLien personne = carnets.personneDuLien(jetonOuCode)
			.orElseThrow(() -> new SaisieRefuseeException("codePersonnel", "pointage.personneInconnue"));
		boolean inscrite = sql.sql("""
				select count(*) > 0 from orientation where beneficiaire_id = :personne and parcours_id = :parcours
				  and statut in ('ACCEPTEE', 'EN_PARCOURS')""")
			.param("personne", personne.id())
			.param("parcours", seance.parcoursId())
			.query(Boolean.class)
			.single();
		if (!inscrite) {
			throw new SaisieRefuseeException("codePersonnel", "pointage.pasInscrite");
		}
		// the same lock as the facilitator's sheet: the two never cross
		sql.sql("select id from atelier where id = :id for update").param("id", seance.id()).query(Long.class).single();
		Instant maintenant = clock.instant();
		boolean enRetard = maintenant
			.isAfter(seance.date().atTime(seance.debut()).atZone(seance.zone()).plus(TOLERANCE_DE_RETARD).toInstant());
		PresenceStatut statut = enRetard ? PresenceStatut.EN_RETARD : PresenceStatut.PRESENT;
		boolean notee = sql.sql("""
				insert into presence (atelier_id, beneficiaire_id, statut, enregistree_le, par_la_personne)
				values (:atelier, :personne, :statut, :le, true)
				on conflict (atelier_id, beneficiaire_id) do update
				  set statut = excluded.statut, enregistree_le = excluded.enregistree_le, par_la_personne = true,
				      version = presence.version + 1
				  where presence.statut = 'ABSENT'""")
			.param("atelier", seance.id())
			.param("personne", personne.id())
			.param("statut", statut.name())
			.param("le", Timestamp.from(maintenant))
			.update() == 1;
		if (notee) {
			presences.ajouterParticipations(seance.id(), PRESENTS);
		}
		PresenceStatut surLaFeuille = notee ? statut
				: PresenceStatut.valueOf(sql.sql("""
						select statut from presence where atelier_id = :atelier and beneficiaire_id = :personne""")
					.param("atelier", seance.id())
					.param("personne", personne.id())
					.query(String.class)
					.single());
		return new Pointage(personne.prenom(), surLaFeuille, !notee);
	}

	private Optional<SeanceAPointer> seance(String code, Duration validite) {
		String[] parties = code == null ? new String[0] : code.split("\\.");
		if (parties.length != 3 || !parties[0].matches("\\d{1,18}") || !parties[1].matches("\\d{1,18}")) {
			return Optional.empty();
		}
		long id = Long.parseLong(parties[0]);
		long fenetre = Long.parseLong(parties[1]);
		long maintenant = fenetre(clock.instant());
		if (fenetre > maintenant || fenetre < maintenant - validite.dividedBy(PERIODE)) {
			return Optional.empty();
		}
		return sql.sql("""
				select a.id, a.parcours_id, a.intitule, a.date_atelier, a.heure_debut, a.heure_fin, a.secret_pointage,
				       t.nom as tiers_lieu, v.region_code
				from atelier a join parcours p on p.id = a.parcours_id join binome bi on bi.id = p.binome_id
				     join vague v on v.id = bi.vague_id join tiers_lieu t on t.id = bi.tiers_lieu_id
				where a.id = :id and a.annulee_le is null""")
			.param("id", id)
			.query((rs,
					n) -> new SeanceSignee(new SeanceAPointer(rs.getLong("id"), rs.getLong("parcours_id"),
							rs.getString("intitule"), rs.getObject("date_atelier", LocalDate.class),
							rs.getObject("heure_debut", LocalTime.class), rs.getObject("heure_fin", LocalTime.class),
							rs.getString("tiers_lieu"), zone(rs.getString("region_code"))),
							rs.getString("secret_pointage")))
			.optional()
			.filter(s -> MessageDigest.isEqual(code(id, fenetre, s.secret()).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII)))
			.map(SeanceSignee::seance)
			.filter(s -> s.date().equals(LocalDate.now(clock.withZone(s.zone()))));
	}

	private static ZoneId zone(String regionCode) {
		return Fuseau.deLaRegion(regionCode);
	}

	static long fenetre(Instant instant) {
		return instant.getEpochSecond() / PERIODE.toSeconds();
	}

	/** {@code <session>.<period>.<signature>}: 96 bits of HMAC-SHA256, URL-safe. */
	static String code(long seanceId, long fenetre, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
			byte[] signature = mac.doFinal((seanceId + "." + fenetre).getBytes(StandardCharsets.US_ASCII));
			return seanceId + "." + fenetre + "."
					+ Base64.getUrlEncoder().withoutPadding().encodeToString(signature).substring(0, 16);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param pointees people who checked in themselves so far
	 */
	public record Ecran(SeanceDuParcours seance, String code, long pointees) {
	}

	/** What the person's phone shows: the session, its place; no one's name. */
	public record SeanceAPointer(Long id, Long parcoursId, String intitule, LocalDate date, LocalTime debut,
			LocalTime fin, String tiersLieu, ZoneId zone) {
	}

	private record SeanceSignee(SeanceAPointer seance, String secret) {
	}

	/**
	 * @param statut what the sheet now says
	 * @param dejaNotee the sheet already had the person (a second scan, or the
	 * facilitator was quicker)
	 */
	public record Pointage(String prenom, PresenceStatut statut, boolean dejaNotee) {
	}

}
