package fr.tierslieux.inclusion.compte.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.EchecsDeConnexion;
import fr.tierslieux.inclusion.compte.SecondFacteur;
import fr.tierslieux.inclusion.web.QrCode;
import fr.tierslieux.inclusion.web.SecondFacteurAttendu;
import fr.tierslieux.inclusion.web.TentativesConnexion;

/**
 * The second step of a login by password for the accounts that administer or coordinate:
 * the first time, the authenticator app is enrolled (QR code or key, a first code, ten
 * recovery codes shown once); then a code at each login. Wrong codes count as failed
 * logins of the account (same throttle, 429).
 */
@Controller
class SecondFacteurController {

	private static final String SAISIE = "compte/second-facteur";

	private static final String ACTIVATION = "compte/second-facteur-activation";

	private final SecondFacteur facteur;

	private final SecondFacteurAttendu attendu;

	private final EchecsDeConnexion echecs;

	private final SecurityContextRepository contextes = new HttpSessionSecurityContextRepository();

	SecondFacteurController(SecondFacteur facteur, SecondFacteurAttendu attendu, EchecsDeConnexion echecs) {
		this.facteur = facteur;
		this.attendu = attendu;
		this.echecs = echecs;
	}

	@GetMapping("/second-facteur")
	String page(Authentication authentification, Model model) {
		if (!attendu.attendu(authentification)) {
			return "redirect:/";
		}
		Connecte moi = (Connecte) authentification.getPrincipal();
		if (facteur.estActif(moi.id())) {
			return SAISIE;
		}
		preparerActivation(moi, model);
		return ACTIVATION;
	}

	@PostMapping("/second-facteur/activation")
	String activer(Authentication authentification, @RequestParam(name = "code", required = false) String code,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!attendu.attendu(authentification)) {
			return "redirect:/";
		}
		Connecte moi = (Connecte) authentification.getPrincipal();
		if (bloque(moi, model, request, response)) {
			preparerActivation(moi, model);
			return ACTIVATION;
		}
		Optional<List<String>> codes = facteur.activer(moi.id(), moi.identifiant(), code);
		if (codes.isEmpty()) {
			refuser(moi, model, request, response);
			preparerActivation(moi, model);
			return ACTIVATION;
		}
		valider(authentification, request, response);
		model.addAttribute("codes", codes.get());
		return "compte/codes-de-secours";
	}

	@PostMapping("/second-facteur")
	String verifier(Authentication authentification, @RequestParam(name = "code", required = false) String code,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!attendu.attendu(authentification)) {
			return "redirect:/";
		}
		Connecte moi = (Connecte) authentification.getPrincipal();
		if (bloque(moi, model, request, response)) {
			return SAISIE;
		}
		if (!facteur.verifier(moi.id(), moi.identifiant(), code)) {
			refuser(moi, model, request, response);
			return SAISIE;
		}
		valider(authentification, request, response);
		return "redirect:/";
	}

	private void preparerActivation(Connecte moi, Model model) {
		SecondFacteur.Enrolement enrolement = facteur.enrolement(moi.id(), moi.identifiant());
		model.addAttribute("qr", QrCode.pngEnLigne(enrolement.uri(), 240));
		model.addAttribute("cle", enrolement.secretLisible());
	}

	/** Too many wrong codes or passwords for this account or address: 429, wait. */
	private boolean bloque(Connecte moi, Model model, HttpServletRequest request, HttpServletResponse response) {
		return echecs.attente(moi.identifiant(), request.getRemoteAddr()).map(attente -> {
			model.addAttribute("attenteMinutes", TentativesConnexion.annoncer(attente, response));
			return true;
		}).orElse(false);
	}

	private void refuser(Connecte moi, Model model, HttpServletRequest request, HttpServletResponse response) {
		echecs.noter(moi.identifiant(), request.getRemoteAddr());
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("erreur", "secondFacteur.codeFaux");
	}

	/**
	 * The session gains the second factor's authority, under a new identifier (the one
	 * seen before the second factor opens nothing more).
	 */
	private void valider(Authentication authentification, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> autorites = new ArrayList<>(authentification.getAuthorities());
		autorites.add(new SimpleGrantedAuthority(SecondFacteurAttendu.AUTORITE));
		SecurityContext contexte = SecurityContextHolder.createEmptyContext();
		contexte.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(authentification.getPrincipal(), null, autorites));
		SecurityContextHolder.setContext(contexte);
		request.changeSessionId();
		contextes.saveContext(contexte, request, response);
		echecs.oublier(((Connecte) authentification.getPrincipal()).identifiant());
	}

}
