package fr.tierslieux.inclusion.badge.web;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import fr.tierslieux.inclusion.badge.AttributionDesBadges;
import fr.tierslieux.inclusion.badge.Badge;
import fr.tierslieux.inclusion.badge.BadgesDuBinome;
import fr.tierslieux.inclusion.badge.ClesDesBadges;
import fr.tierslieux.inclusion.badge.ImageDuBadge;
import fr.tierslieux.inclusion.badge.VerificationDesBadges;
import fr.tierslieux.inclusion.badge.VerificationDesBadges.Verification;
import fr.tierslieux.inclusion.web.AdresseDuSite;

/**
 * What anybody reaches without an account: a badge's verification page and its downloads
 * (the credential as JSON, signed, baked in its image), the checking of a credential one
 * holds, and what verifiers fetch (keys, status lists, issuers, badge definitions).
 */
@Controller
class BadgesPublicsController {

	private static final List<String> CONTEXTES = List.of("https://www.w3.org/ns/credentials/v2",
			"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

	private static final MediaType JWT = MediaType.parseMediaType("application/vc+jwt");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final VerificationDesBadges verification;

	private final BadgesDuBinome badges;

	private final AttributionDesBadges attribution;

	private final ClesDesBadges cles;

	private final AdresseDuSite adresse;

	BadgesPublicsController(VerificationDesBadges verification, BadgesDuBinome badges, AttributionDesBadges attribution,
			ClesDesBadges cles, AdresseDuSite adresse) {
		this.verification = verification;
		this.badges = badges;
		this.attribution = attribution;
		this.cles = cles;
		this.adresse = adresse;
	}

	@GetMapping("/badges/{code}")
	String badge(@PathVariable String code, Model model) {
		model.addAttribute("v", verification.parCode(code));
		return "badges/verification";
	}

	@GetMapping("/badges/{code}/badge.json")
	ResponseEntity<String> json(@PathVariable String code) throws ParseException {
		Map<String, Object> credential = SignedJWT.parse(verification.jwt(code)).getPayload().toJSONObject();
		return telechargement(JSON.writeValueAsString(credential), MediaType.APPLICATION_JSON, "badge.json");
	}

	@GetMapping("/badges/{code}/badge.jwt")
	ResponseEntity<String> jwt(@PathVariable String code) {
		return telechargement(verification.jwt(code), JWT, "badge.jwt");
	}

	@GetMapping("/badges/{code}/badge.png")
	ResponseEntity<byte[]> png(@PathVariable String code) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("badge.png").build().toString())
			.body(verification.imageCuite(code));
	}

	/** The person's badges, through their personal link. */
	@GetMapping("/carnet/{jeton}/badges")
	String mesBadges(@PathVariable String jeton, Model model) {
		model.addAttribute("mesBadges", attribution.dansLeCarnet(jeton));
		model.addAttribute("jeton", jeton);
		return "badges/personne";
	}

	@GetMapping("/badges/verification")
	String formulaire() {
		return "badges/verifier";
	}

	/** A credential pasted (its signed text) or sent in its baked image. */
	@PostMapping("/badges/verification")
	String verifier(@RequestParam(name = "credential", required = false) String credential,
			@RequestParam(name = "image", required = false) MultipartFile image, Model model,
			HttpServletResponse response) throws java.io.IOException {
		String lu = credential;
		if ((lu == null || lu.isBlank()) && image != null && !image.isEmpty()) {
			lu = ImageDuBadge.lireCuit(image.getBytes()).orElse(null);
		}
		Optional<Verification> resultat = verification.parCredential(lu);
		if (resultat.isEmpty()) {
			model.addAttribute("illisible", true);
			model.addAttribute("credentialSaisi", credential);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "badges/verifier";
		}
		model.addAttribute("v", resultat.get());
		return "badges/verification";
	}

	@GetMapping("/badges/cles")
	ResponseEntity<Map<String, Object>> cles() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/jwk-set+json"))
			.body(cles.publiques().toJSONObject(true));
	}

	@GetMapping("/badges/statuts/{numero}")
	ResponseEntity<String> statuts(@PathVariable int numero) {
		return ResponseEntity.ok()
			.contentType(JWT)
			.header(HttpHeaders.CACHE_CONTROL, "max-age=300")
			.body(verification.listeDeStatuts(numero, adresse.adresse()));
	}

	/** The issuer's profile, as Open Badges describes it. */
	@GetMapping("/badges/emetteurs/{id}")
	ResponseEntity<Map<String, Object>> emetteur(@PathVariable Long id) {
		return ResponseEntity.ok(Map.of("@context", CONTEXTES, "id", adresse.adresse() + "/badges/emetteurs/" + id,
				"type", List.of("Profile"), "name", verification.emetteur(id)));
	}

	/**
	 * A badge's definition, as Open Badges describes an achievement (nobody's data in
	 * it).
	 */
	@GetMapping("/badges/definitions/{id}")
	ResponseEntity<Map<String, Object>> definition(@PathVariable Long id) {
		Badge badge = badges.definition(id);
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("@context", CONTEXTES);
		achievement.put("id", adresse.adresse() + "/badges/definitions/" + id);
		achievement.put("type", List.of("Achievement"));
		achievement.put("name", badge.nom());
		achievement.put("description", badge.description());
		achievement.put("criteria", Map.of("narrative", badge.criteres()));
		achievement.put("image",
				Map.of("id", adresse.adresse() + "/badges/definitions/" + id + "/image.png", "type", "Image"));
		return ResponseEntity.ok(achievement);
	}

	@GetMapping("/badges/definitions/{id}/image.png")
	ResponseEntity<byte[]> image(@PathVariable Long id) {
		byte[] image = Optional.ofNullable(badges.image(id)).orElseGet(ImageDuBadge::parDefaut);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CACHE_CONTROL, "max-age=3600")
			.body(image);
	}

	private static ResponseEntity<String> telechargement(String corps, MediaType type, String nom) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nom).build().toString())
			.body(corps);
	}

}
