package fr.tierslieux.inclusion.badge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.binome.LectureDesBinomes.EnTete;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Jeton;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas.Carte;
import fr.tierslieux.inclusion.parcours.GenreCarte;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * Giving the badges. The people of the binôme's parcours who meet a badge's rules (their
 * attendance at the sessions held so far, their criteria's latest ratings) are proposed
 * to the tiers-lieu, which confirms; the platform then signs an Open Badges 3.0
 * {@code OpenBadgeCredential} in the tiers-lieu's name. The tiers-lieu (or its
 * coordination) revokes one with a reason, which the status list publishes.
 */
@Service
@Transactional(readOnly = true)
public class AttributionDesBadges {

	/**
	 * Entries of one status list: 16 KiB of bits, as Bitstring Status List asks at least.
	 */
	public static final int TAILLE_DE_LISTE = 131_072;

	public static final int MOTIF_MAX = 500;

	static final String CONTEXTE_VC = "https://www.w3.org/ns/credentials/v2";

	static final String CONTEXTE_OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

	private static final String MERITES = """
			select * from (
			  select b.id as badge_id, b.nom as badge, o.id as orientation_id, o.beneficiaire_id, be.prenom, be.nom, be.email,
				    p.intitule as parcours,
			    b.presence_minimale, b.criteres_atteints, b.note_minimale,
			    (select count(*) from atelier a where a.parcours_id = p.id and a.date_atelier <= :aujourdhui) as seances,
			    (select count(*) from presence pr join atelier a on a.id = pr.atelier_id
			     where a.parcours_id = p.id and pr.beneficiaire_id = o.beneficiaire_id
			       and a.date_atelier <= :aujourdhui and pr.statut in ('PRESENT', 'EN_RETARD')) as presents,
			    (select count(*) from critere_progression c where c.orientation_id = o.id
			       and (select n.note from note_critere n where n.critere_id = c.id
			            order by n.note_le desc, n.id desc limit 1) >= b.note_minimale) as atteints
			  from badge b join parcours p on p.binome_id = b.binome_id
			  join orientation o on o.parcours_id = p.id and o.statut in ('EN_PARCOURS', 'TERMINEE')
			  join beneficiaire be on be.id = o.beneficiaire_id
			  where %s
			    and not exists (select 1 from badge_attribue x where x.badge_id = b.id and x.orientation_id = o.id)
			) m
			where (m.presence_minimale = 0 or (m.seances > 0 and m.presents * 100 >= m.presence_minimale * m.seances))
			  and m.atteints >= m.criteres_atteints
			order by m.nom, m.prenom, m.orientation_id, m.badge_id""";

	private final JdbcClient sql;

	private final LectureDesBinomes binomes;

	private final BadgesDuBinome badges;

	private final SignatureDesBadges signature;

	private final ClesDesBadges cles;

	private final CartesDuCanevas cartes;

	private final CarnetDeBord carnets;

	private final AuditService audit;

	private final Clock clock;

	AttributionDesBadges(JdbcClient sql, LectureDesBinomes binomes, BadgesDuBinome badges, SignatureDesBadges signature,
			ClesDesBadges cles, CartesDuCanevas cartes, CarnetDeBord carnets, AuditService audit, Clock clock) {
		this.sql = sql;
		this.binomes = binomes;
		this.badges = badges;
		this.signature = signature;
		this.cles = cles;
		this.cartes = cartes;
		this.carnets = carnets;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Who may receive a badge now and has not yet: for the tiers-lieu that confirms (the
	 * others see none, they do not give badges).
	 */
	public List<Proposition> propositions(Perimetre qui, Long binomeId) {
		EnTete binome = binomes.entete(qui, binomeId, false);
		if (binome.coteDe(qui) != Cote.TIERS_LIEU) {
			return List.of();
		}
		return sql.sql(MERITES.formatted("b.binome_id = :binome"))
			.param("binome", binomeId)
			.param("aujourdhui", aujourdhui())
			.query(AttributionDesBadges::proposition)
			.list();
	}

	/** The badges the binôme gave, for its tiers-lieu and its coordination. */
	public List<Attribue> attribues(Perimetre qui, Long binomeId) {
		EnTete binome = binomes.entete(qui, binomeId, false);
		if (!revocablePar(binome, qui)) {
			return List.of();
		}
		return sql.sql("""
				select ba.id, ba.code, b.nom as badge, be.prenom, be.nom, ba.attribue_le, ba.expire_le, ba.revoque_le,
				       ba.motif_revocation
				from badge_attribue ba join badge b on b.id = ba.badge_id join orientation o on o.id = ba.orientation_id
				join beneficiaire be on be.id = o.beneficiaire_id
				where b.binome_id = :binome order by ba.attribue_le desc, ba.id desc""")
			.param("binome", binomeId)
			.query((rs, n) -> new Attribue(rs.getLong("id"), rs.getString("code"), rs.getString("badge"),
					rs.getString("prenom") + " " + rs.getString("nom"), instant(rs, "attribue_le"),
					instant(rs, "expire_le"), instant(rs, "revoque_le"), rs.getString("motif_revocation")))
			.list();
	}

	/**
	 * The tiers-lieu confirms a proposed badge: signed and kept, ready for the person.
	 * @param adresse the platform's public address, which the credential's links start
	 * with
	 * @return the badge's public code
	 * @throws ConflitException when the person does not (or no longer) meet the badge's
	 * rules, or has it already
	 */
	@Transactional
	public String attribuer(Perimetre qui, Long badgeId, Long orientationId, String adresse) {
		Badge badge = badges.badgeSansPerimetre(badgeId);
		EnTete binome = binomes.entete(qui, badge.binomeId(), true);
		if (binome.coteDe(qui) != Cote.TIERS_LIEU) {
			throw new AccesRefuseException("le tiers-lieu du binôme attribue ses badges");
		}
		List<Proposition> merite = sql.sql(MERITES.formatted("b.id = :badge and o.id = :orientation"))
			.param("badge", badgeId)
			.param("orientation", orientationId)
			.param("aujourdhui", aujourdhui())
			.query(AttributionDesBadges::proposition)
			.list();
		if (merite.isEmpty()) {
			throw new ConflitException("conflit.badgeNonMerite");
		}
		Proposition personne = merite.get(0);
		Long beneficiaireId = personne.beneficiaireId();
		Instant maintenant = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant expireLe = badge.validiteMois() == null ? null
				: ZonedDateTime.ofInstant(maintenant, Fuseau.METROPOLE).plusMonths(badge.validiteMois()).toInstant();
		String code = Jeton.nouveau();
		int indice = sql.sql("select nextval('indice_de_statut_de_badge')").query(Integer.class).single();
		String id = adresse + "/badges/" + code;
		String emetteur = adresse + "/badges/emetteurs/" + binome.tiersLieuId();
		Map<String, Object> credential = credential(adresse, id, emetteur, binome, badge, personne, indice, maintenant,
				expireLe);
		RSAKey cle = cles.enregistrerLeSignataire();
		String jwt = signature.signer(cle, credential, id, emetteur, maintenant, expireLe);
		sql.sql("""
				insert into badge_attribue (badge_id, orientation_id, code, indice_statut, jwt, kid, attribue_par,
				  attribue_le, expire_le)
				values (:badge, :orientation, :code, :indice, :jwt, :kid, :par, :le, :expire)""")
			.param("badge", badgeId)
			.param("orientation", orientationId)
			.param("code", code)
			.param("indice", indice)
			.param("jwt", jwt)
			.param("kid", cle.getKeyID())
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(maintenant))
			.param("expire", expireLe == null ? null : Timestamp.from(expireLe))
			.update();
		audit.journaliser(qui.identifiant(), "BADGE_ATTRIBUE", "BENEFICIAIRE", beneficiaireId);
		return code;
	}

	/**
	 * Revokes a badge given by the binôme: it stays, shown as revoked with its reason,
	 * and the status list it points to says so.
	 */
	@Transactional
	public void revoquer(Perimetre qui, Long attribueId, String motif) {
		Long[] binomeEtPersonne = sql.sql("""
				select b.binome_id, o.beneficiaire_id from badge_attribue ba join badge b on b.id = ba.badge_id
				join orientation o on o.id = ba.orientation_id where ba.id = :id""")
			.param("id", attribueId)
			.query((rs, n) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.orElseThrow(() -> new IntrouvableException("badge attribué", attribueId));
		EnTete binome = binomes.entete(qui, binomeEtPersonne[0], true);
		if (!revocablePar(binome, qui)) {
			throw new AccesRefuseException("le tiers-lieu du binôme et sa coordination révoquent ses badges");
		}
		String propre = Saisie.nettoyer(motif, Integer.MAX_VALUE);
		if (propre.isEmpty()) {
			throw new SaisieRefuseeException("motif", "badge.motifManquant");
		}
		if (propre.length() > MOTIF_MAX) {
			throw new SaisieRefuseeException("motif", "badge.motifTropLong");
		}
		int revoques = sql.sql("""
				update badge_attribue set revoque_le = :le, revoque_par = :par, motif_revocation = :motif
				where id = :id and revoque_le is null""")
			.param("id", attribueId)
			.param("le", Timestamp.from(clock.instant()))
			.param("par", qui.identifiant())
			.param("motif", propre)
			.update();
		if (revoques == 0) {
			throw new ConflitException("conflit.badgeDejaRevoque");
		}
		audit.journaliser(qui.identifiant(), "BADGE_REVOQUE", "BENEFICIAIRE", binomeEtPersonne[1]);
	}

	/** The person's badges, through their personal link. */
	public List<BadgeDeLaPersonne> dansLeCarnet(String jeton) {
		Long personne = carnets.personneDuJeton(jeton).orElseThrow(() -> new IntrouvableException("carnet", null));
		return sql.sql("""
				select ba.code, b.nom, t.nom as tiers_lieu, ba.attribue_le, ba.expire_le, ba.revoque_le
				from badge_attribue ba join badge b on b.id = ba.badge_id join orientation o on o.id = ba.orientation_id
				join binome bi on bi.id = b.binome_id join tiers_lieu t on t.id = bi.tiers_lieu_id
				where o.beneficiaire_id = :personne order by ba.attribue_le desc, ba.id desc""")
			.param("personne", personne)
			.query((rs, n) -> new BadgeDeLaPersonne(rs.getString("code"), rs.getString("nom"),
					rs.getString("tiers_lieu"), instant(rs, "attribue_le"), instant(rs, "expire_le"),
					instant(rs, "revoque_le")))
			.list();
	}

	private static boolean revocablePar(EnTete binome, Perimetre qui) {
		return binome.coteDe(qui) == Cote.TIERS_LIEU || binome.coordonnePar(qui);
	}

	private LocalDate aujourdhui() {
		return LocalDate.ofInstant(clock.instant(), Fuseau.METROPOLE);
	}

	private Map<String, Object> credential(String adresse, String id, String emetteur, EnTete binome, Badge badge,
			Proposition personne, int indice, Instant valideDes, Instant expireLe) {
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("id", adresse + "/badges/definitions/" + badge.id());
		achievement.put("type", List.of("Achievement"));
		achievement.put("name", badge.nom());
		achievement.put("description", badge.description());
		achievement.put("criteria", Map.of("narrative", badge.criteres()));
		achievement.put("image",
				Map.of("id", adresse + "/badges/definitions/" + badge.id() + "/image.png", "type", "Image"));
		achievement.put("inLanguage", "fr");
		List<Map<String, Object>> alignements = new ArrayList<>();
		for (String cle : badge.competences()) {
			Carte carte = cartes.carte(cle);
			if (carte != null) {
				boolean pix = carte.genre() == GenreCarte.PIX;
				alignements.add(Map.of("type", List.of("Alignment"), "targetName", carte.libelle(), "targetCode",
						carte.code(), "targetFramework", pix ? "Pix" : "DigComp 2.2", "targetUrl",
						pix ? "https://pix.fr/competences" : "https://joint-research-centre.ec.europa.eu/digcomp_en",
						"targetType", "ext:Competence"));
			}
		}
		if (!alignements.isEmpty()) {
			achievement.put("alignment", alignements);
		}
		List<Map<String, Object>> identifiants = new ArrayList<>();
		identifiants.add(identite("name", personne.prenom() + " " + personne.nom()));
		if (personne.email() != null && !personne.email().isBlank()) {
			identifiants.add(identite("emailAddress", personne.email().strip().toLowerCase(Locale.ROOT)));
		}
		Map<String, Object> sujet = new LinkedHashMap<>();
		sujet.put("type", List.of("AchievementSubject"));
		sujet.put("identifier", identifiants);
		sujet.put("achievement", achievement);
		String liste = adresse + "/badges/statuts/" + (indice / TAILLE_DE_LISTE);
		Map<String, Object> statut = new LinkedHashMap<>();
		statut.put("id", liste + "#" + indice);
		statut.put("type", "BitstringStatusListEntry");
		statut.put("statusPurpose", "revocation");
		statut.put("statusListIndex", Integer.toString(indice % TAILLE_DE_LISTE));
		statut.put("statusListCredential", liste);
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", List.of(CONTEXTE_VC, CONTEXTE_OB));
		credential.put("id", id);
		credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
		credential.put("issuer", Map.of("id", emetteur, "type", List.of("Profile"), "name", binome.tiersLieu()));
		credential.put("validFrom", valideDes.toString());
		if (expireLe != null) {
			credential.put("validUntil", expireLe.toString());
		}
		credential.put("name", badge.nom());
		credential.put("credentialSubject", sujet);
		credential.put("credentialStatus", statut);
		return credential;
	}

	/**
	 * A recipient's identity, salted and hashed: the credential names nobody in clear.
	 */
	private static Map<String, Object> identite(String genre, String valeur) {
		String sel = Jeton.nouveau().substring(0, 16);
		try {
			byte[] empreinte = MessageDigest.getInstance("SHA-256")
				.digest((valeur + sel).getBytes(StandardCharsets.UTF_8));
			return Map.of("type", "IdentityObject", "identityType", genre, "hashed", true, "identityHash",
					"sha256$" + HexFormat.of().formatHex(empreinte), "salt", sel);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Proposition proposition(ResultSet rs, int n) throws SQLException {
		return new Proposition(rs.getLong("badge_id"), rs.getString("badge"), rs.getLong("orientation_id"),
				rs.getLong("beneficiaire_id"), rs.getString("prenom"), rs.getString("nom"), rs.getString("email"),
				rs.getString("parcours"), rs.getInt("seances"), rs.getInt("presents"), rs.getInt("atteints"));
	}

	private static Instant instant(ResultSet rs, String colonne) throws SQLException {
		Timestamp t = rs.getTimestamp(colonne);
		return t == null ? null : t.toInstant();
	}

	/** A person who meets a badge's rules, with what they did. */
	public record Proposition(Long badgeId, String badge, Long orientationId, Long beneficiaireId, String prenom,
			String nom, String email, String parcours, int seances, int presents, int criteresAtteints) {

		public String personne() {
			return prenom + " " + nom;
		}

	}

	public record Attribue(Long id, String code, String badge, String personne, Instant attribueLe, Instant expireLe,
			Instant revoqueLe, String motif) {

		public boolean revoque() {
			return revoqueLe != null;
		}

	}

	public record BadgeDeLaPersonne(String code, String nom, String tiersLieu, Instant attribueLe, Instant expireLe,
			Instant revoqueLe) {

		public boolean revoque() {
			return revoqueLe != null;
		}

	}

}
