package fr.tierslieux.inclusion.badge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.badge.AttributionDesBadges.Proposition;
import fr.tierslieux.inclusion.badge.VerificationDesBadges.Etat;
import fr.tierslieux.inclusion.badge.VerificationDesBadges.Verification;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.PresenceKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.progression.Moment;
import fr.tierslieux.inclusion.progression.NouveauCritere;
import fr.tierslieux.inclusion.progression.ProgressionDUnePersonne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Open Badges 3.0: a binôme's badge opened by attendance and criteria reached, proposed
 * for exactly the people who meet it, given by the tiers-lieu only; every credential
 * passes the OB 3.0 JSON Schema and the signature check, is baked in its image, shows
 * revoked once revoked (its bit set in the status list it points to) and expired once its
 * time is over; a key rotation leaves earlier badges valid.
 */
@CoreTest
@Transactional
class OpenBadgesTest {

	static final String ADRESSE = "https://plateforme.example";

	static final Schema OB3 = schema();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	BadgesDuBinome badges;

	@Autowired
	AttributionDesBadges attribution;

	@Autowired
	VerificationDesBadges verification;

	@Autowired
	ClesDesBadges cles;

	@Autowired
	ProgressionDUnePersonne progression;

	@Autowired
	CarnetDeBord carnets;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	PresenceKit presences;

	@Autowired
	CompteKit comptes;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Connecte facilitateur;

	/**
	 * Present at both sessions, 3 criteria rated 3 or more at the end: meets the badge.
	 */
	Long assidue;

	/** Present at one session of two. */
	Long absente;

	/** Present at both, only one criterion reached. */
	Long enChemin;

	Long badge;

	@BeforeEach
	void unParcoursTermineEtSonBadge() {
		horloge.regler(CoreTestApplication.DEPART);
		enCours = parcoursEnCours.parcoursEnCours();
		facilitateur = enCours.facilitateur();
		assidue = personne("Assidue", List.of(4, 3, 3), PresenceStatut.PRESENT, PresenceStatut.EN_RETARD);
		absente = personne("Absente", List.of(4, 4, 4), PresenceStatut.PRESENT, PresenceStatut.ABSENT);
		enChemin = personne("EnChemin", List.of(4, 2, 1), PresenceStatut.PRESENT, PresenceStatut.PRESENT);
		badge = badges.definir(enCours.conseiller().perimetre(), enCours.binome(),
				new NouveauBadge("Fabriquer au fablab", "Reconnaît la capacité à mener un projet de fabrication.",
						"Avoir suivi toutes les séances et atteint au moins deux de ses critères.", 100, 2, 3, null,
						List.of("PIX:3.1", "DIGCOMP:5.3"), null));
	}

	@Test
	void proposed_for_exactly_the_people_who_meet_the_rules_and_given_by_the_tiers_lieu_only() {
		assertThat(attribution.propositions(facilitateur.perimetre(), enCours.binome()))
			.extracting(Proposition::badgeId, Proposition::orientationId, Proposition::seances, Proposition::presents,
					Proposition::criteresAtteints)
			.containsExactly(tuple(badge, orientation(assidue), 2, 2, 3));
		assertThat(attribution.propositions(enCours.conseiller().perimetre(), enCours.binome()))
			.as("l'agence ne décerne pas : on ne lui propose personne")
			.isEmpty();

		assertThatThrownBy(() -> attribution.attribuer(facilitateur.perimetre(), badge, orientation(absente), ADRESSE))
			.isInstanceOf(ConflitException.class);
		assertThatThrownBy(() -> attribution.attribuer(facilitateur.perimetre(), badge, orientation(enChemin), ADRESSE))
			.isInstanceOf(ConflitException.class);
		assertThatThrownBy(
				() -> attribution.attribuer(enCours.conseiller().perimetre(), badge, orientation(assidue), ADRESSE))
			.isInstanceOf(AccesRefuseException.class);
		ParcoursEnCours ailleurs = parcoursEnCours.parcoursEnCours();
		assertThatThrownBy(
				() -> attribution.attribuer(ailleurs.facilitateur().perimetre(), badge, orientation(assidue), ADRESSE))
			.isInstanceOf(IntrouvableException.class);

		String code = attribution.attribuer(facilitateur.perimetre(), badge, orientation(assidue), ADRESSE);

		assertThat(attribution.propositions(facilitateur.perimetre(), enCours.binome())).isEmpty();
		assertThatThrownBy(() -> attribution.attribuer(facilitateur.perimetre(), badge, orientation(assidue), ADRESSE))
			.as("pas deux fois le même badge")
			.isInstanceOf(ConflitException.class);
		assertThat(attribution.attribues(facilitateur.perimetre(), enCours.binome()))
			.extracting(AttributionDesBadges.Attribue::code, AttributionDesBadges.Attribue::personne)
			.containsExactly(tuple(code, "Alex Assidue" + suffixe));
		assertThat(attribution.attribues(enCours.conseiller().perimetre(), enCours.binome())).isEmpty();
	}

	@Test
	void every_credential_passes_the_open_badges_schema_and_the_signature_check_and_names_nobody_in_clear()
			throws Exception {
		String code = attribution.attribuer(facilitateur.perimetre(), badge, orientation(assidue), ADRESSE);
		String jwt = verification.jwt(code);

		Map<String, Object> credential = SignedJWT.parse(jwt).getPayload().toJSONObject();
		List<Error> erreurs = OB3.validate(JSON.writeValueAsString(credential), com.networknt.schema.InputFormat.JSON);
		assertThat(erreurs).isEmpty();
		credential.remove("credentialSubject");
		assertThat(OB3.validate(JSON.writeValueAsString(credential), com.networknt.schema.InputFormat.JSON))
			.as("le schéma refuse un badge sans titulaire")
			.isNotEmpty();
		assertThat(credential).containsEntry("iss", ADRESSE + "/badges/emetteurs/" + enCours.tiersLieu())
			.containsEntry("jti", ADRESSE + "/badges/" + code)
			.containsEntry("id", ADRESSE + "/badges/" + code);
		assertThat(jwt).doesNotContain("Assidue");
		assertThat(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]))).doesNotContain("Assidue")
			.contains("sha256$")
			.contains("Fabriquer au fablab");

		Verification lue = verification.parCode(code);
		assertThat(lue.etat()).isEqualTo(Etat.VALIDE);
		assertThat(lue.signatureVerifiee()).isTrue();
		assertThat(lue.nom()).isEqualTo("Fabriquer au fablab");
		assertThat(lue.titulaire()).isEqualTo("Alex A.");
		assertThat(lue.competences()).hasSize(2);
		assertThat(verification.parCredential(jwt)).get().extracting(Verification::etat).isEqualTo(Etat.VALIDE);

		String[] parties = jwt.split("\\.");
		String falsifie = parties[0] + "."
				+ Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(new String(Base64.getUrlDecoder().decode(parties[1]))
						.replace("Fabriquer au fablab", "Diplôme d'ingénieur")
						.getBytes())
				+ "." + parties[2];
		assertThat(verification.parCredential(falsifie)).get()
			.extracting(Verification::etat)
			.isEqualTo(Etat.SIGNATURE_INVALIDE);
		assertThat(verification.parCredential("pas un badge")).isEmpty();

		byte[] cuit = ImageDuBadge.cuire(ImageDuBadge.parDefaut(), jwt);
		assertThat(ImageDuBadge.lireCuit(cuit)).contains(jwt);
		assertThat(ImageDuBadge.lireCuit(ImageDuBadge.parDefaut())).isEmpty();
	}

	@Test
	void a_revoked_badge_shows_revoked_with_its_reason_and_its_bit_is_set_in_the_status_list() throws Exception {
		String code = attribution.attribuer(facilitateur.perimetre(), badge, orientation(assidue), ADRESSE);
		Map<String, Object> statut = statut(code);
		int indice = Integer.parseInt((String) statut.get("statusListIndex"));
		assertThat(bit(statut, indice)).isFalse();
		Long attribue = attribution.attribues(facilitateur.perimetre(), enCours.binome()).get(0).id();

		assertThatThrownBy(() -> attribution.revoquer(facilitateur.perimetre(), attribue, "  "))
			.isInstanceOf(SaisieRefuseeException.class);
		assertThatThrownBy(() -> attribution.revoquer(enCours.conseiller().perimetre(), attribue, "Erreur"))
			.isInstanceOf(AccesRefuseException.class);
		attribution.revoquer(facilitateur.perimetre(), attribue, "Attribué par erreur");

		Verification lue = verification.parCode(code);
		assertThat(lue.etat()).isEqualTo(Etat.REVOQUE);
		assertThat(lue.motif()).isEqualTo("Attribué par erreur");
		assertThat(verification.parCredential(verification.jwt(code))).get()
			.extracting(Verification::etat)
			.isEqualTo(Etat.REVOQUE);
		assertThat(bit(statut, indice)).isTrue();
		assertThatThrownBy(() -> attribution.revoquer(facilitateur.perimetre(), attribue, "Encore"))
			.isInstanceOf(ConflitException.class);
	}

	@Test
	void a_badge_with_a_validity_expires_when_its_time_is_over() {
		Long annuel = badges.definir(facilitateur.perimetre(), enCours.binome(), new NouveauBadge("Premier pas",
				"Être venu", "Une séance au moins", 50, 0, 1, 12, List.of(), ImageDuBadge.parDefaut()));
		String code = attribution.attribuer(facilitateur.perimetre(), annuel, orientation(absente), ADRESSE);
		assertThat(verification.parCode(code).expireLe()).isEqualTo("2027-03-02T09:00:00Z");

		horloge.regler(CoreTestApplication.DEPART.plus(Duration.ofDays(366)));

		assertThat(verification.parCode(code).etat()).isEqualTo(Etat.EXPIRE);
	}

	@Test
	void a_key_rotation_keeps_earlier_badges_valid_and_signs_the_next_ones_with_the_new_key() throws Exception {
		String avant = attribution.attribuer(facilitateur.perimetre(), badge, orientation(assidue), ADRESSE);
		String ancienne = SignedJWT.parse(verification.jwt(avant)).getHeader().getKeyID();

		String nouvelle = cles.tourner();
		Long autre = badges.definir(facilitateur.perimetre(), enCours.binome(),
				new NouveauBadge("Assiduité", "Toujours là", "Toutes les séances", 100, 0, 1, null, List.of(), null));
		String apres = attribution.attribuer(facilitateur.perimetre(), autre, orientation(enChemin), ADRESSE);

		assertThat(nouvelle).isNotEqualTo(ancienne);
		assertThat(SignedJWT.parse(verification.jwt(apres)).getHeader().getKeyID()).isEqualTo(nouvelle);
		assertThat(verification.parCode(avant).etat()).isEqualTo(Etat.VALIDE);
		assertThat(verification.parCode(apres).etat()).isEqualTo(Etat.VALIDE);
		assertThat(cles.publiques().getKeys()).extracting(k -> k.getKeyID()).contains(ancienne, nouvelle);
		assertThat(cles.publiques().getKeys()).allMatch(k -> !k.isPrivate());
	}

	@Test
	void a_badge_definition_says_what_is_wrong_field_by_field_and_only_its_binome_writes_it() {
		refuse(new NouveauBadge(" ", "d", "c", 50, 1, 3, null, List.of(), null), "nom");
		refuse(new NouveauBadge("n".repeat(121), "d", "c", 50, 1, 3, null, List.of(), null), "nom");
		refuse(new NouveauBadge("n", "", "c", 50, 1, 3, null, List.of(), null), "description");
		refuse(new NouveauBadge("n", "d", null, 50, 1, 3, null, List.of(), null), "criteres");
		refuse(new NouveauBadge("n", "d", "c", 101, 1, 3, null, List.of(), null), "presenceMinimale");
		refuse(new NouveauBadge("n", "d", "c", 50, 5, 3, null, List.of(), null), "criteresAtteints");
		refuse(new NouveauBadge("n", "d", "c", 50, 1, 0, null, List.of(), null), "noteMinimale");
		refuse(new NouveauBadge("n", "d", "c", 50, 1, 3, 0, List.of(), null), "validiteMois");
		refuse(new NouveauBadge("n", "d", "c", 50, 1, 3, null, List.of("CONTRAINTE:C01"), null), "competences");
		refuse(new NouveauBadge("n", "d", "c", 50, 1, 3, null, List.of(), "GIF89a".getBytes()), "image");
		ParcoursEnCours ailleurs = parcoursEnCours.parcoursEnCours();
		NouveauBadge bon = new NouveauBadge("n", "d", "c", 50, 1, 3, null, List.of(), null);
		assertThatThrownBy(() -> badges.definir(ailleurs.conseiller().perimetre(), enCours.binome(), bon))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(
				() -> badges.definir(comptes.pilote(enCours.region().code()).perimetre(), enCours.binome(), bon))
			.isInstanceOf(IntrouvableException.class);
		assertThat(badges.badges(enCours.conseiller().perimetre(), enCours.binome()).badges()).extracting(Badge::id)
			.containsExactly(badge);
	}

	@Test
	void the_person_finds_their_badges_through_their_personal_link_and_nobody_elses() {
		String code = attribution.attribuer(facilitateur.perimetre(), badge, orientation(assidue), ADRESSE);
		String lien = carnets.nouveauLien(enCours.conseiller().perimetre(), assidue).jeton();
		String autreLien = carnets.nouveauLien(enCours.conseiller().perimetre(), enChemin).jeton();

		assertThat(attribution.dansLeCarnet(lien)).extracting(AttributionDesBadges.BadgeDeLaPersonne::code)
			.containsExactly(code);
		assertThat(attribution.dansLeCarnet(autreLien)).isEmpty();
		assertThatThrownBy(() -> attribution.dansLeCarnet("inconnu")).isInstanceOf(IntrouvableException.class);
	}

	String suffixe;

	private Long personne(String nom, List<Integer> notesFinales, PresenceStatut premiere, PresenceStatut seconde) {
		suffixe = suffixe == null ? "-" + Unique.numero() : suffixe;
		Long id = kit.oriente(enCours.agence(), enCours.conseiller(), facilitateur.perimetre(), nom + suffixe, null,
				enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		presences.emarger(enCours.parcours().ateliers().get(0), id, premiere);
		presences.emarger(enCours.parcours().ateliers().get(1), id, seconde);
		progression.definir(facilitateur.perimetre(), id, orientation(id),
				List.of(new NouveauCritere("Je me sens capable de modéliser un objet", "PIX:3.1"),
						new NouveauCritere("J'ose utiliser une machine", null),
						new NouveauCritere("Je sais présenter mon projet", null)));
		List<Long> criteres = jdbc.sql("select id from critere_progression where orientation_id = ? order by ordre")
			.param(orientation(id))
			.query(Long.class)
			.list();
		progression.noter(facilitateur.perimetre(), id, orientation(id), Moment.AVANT, null,
				Map.of(criteres.get(0), 1, criteres.get(1), 1, criteres.get(2), 1));
		progression.noter(facilitateur.perimetre(), id, orientation(id), Moment.FIN, null, Map.of(criteres.get(0),
				notesFinales.get(0), criteres.get(1), notesFinales.get(1), criteres.get(2), notesFinales.get(2)));
		return id;
	}

	private Long orientation(Long beneficiaire) {
		return jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(beneficiaire)
			.query(Long.class)
			.single();
	}

	private void refuse(NouveauBadge nouveau, String champ) {
		assertThatThrownBy(() -> badges.definir(facilitateur.perimetre(), enCours.binome(), nouveau))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo(champ));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> statut(String code) throws Exception {
		return (Map<String, Object>) SignedJWT.parse(verification.jwt(code))
			.getPayload()
			.toJSONObject()
			.get("credentialStatus");
	}

	/**
	 * Reads the bit as a verifier would: from the signed status list the credential
	 * names.
	 */
	@SuppressWarnings("unchecked")
	private boolean bit(Map<String, Object> statut, int indice) throws Exception {
		String liste = (String) statut.get("statusListCredential");
		int numero = Integer.parseInt(liste.substring(liste.lastIndexOf('/') + 1));
		SignedJWT jwt = SignedJWT.parse(verification.listeDeStatuts(numero, ADRESSE));
		assertThat(jwt.getJWTClaimsSet().getJWTID()).isEqualTo(liste);
		Map<String, Object> sujet = (Map<String, Object>) jwt.getPayload().toJSONObject().get("credentialSubject");
		String encodee = (String) sujet.get("encodedList");
		assertThat(encodee).startsWith("u");
		byte[] octets = gunzip(Base64.getUrlDecoder().decode(encodee.substring(1)));
		assertThat(octets).hasSize(AttributionDesBadges.TAILLE_DE_LISTE / 8);
		return (octets[indice / 8] & (0x80 >>> (indice % 8))) != 0;
	}

	private static byte[] gunzip(byte[] octets) throws IOException {
		try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(octets))) {
			ByteArrayOutputStream sortie = new ByteArrayOutputStream();
			gzip.transferTo(sortie);
			return sortie.toByteArray();
		}
	}

	private static Schema schema() {
		try (InputStream flux = OpenBadgesTest.class
			.getResourceAsStream("/open-badges/achievementcredential.schema.json")) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(flux);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
