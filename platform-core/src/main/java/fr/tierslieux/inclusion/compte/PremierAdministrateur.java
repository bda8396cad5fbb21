package fr.tierslieux.inclusion.compte;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import fr.tierslieux.inclusion.commun.SaisieRefuseeException;

/**
 * Creates the first administrator from configuration
 * ({@code PLATEFORME_ADMIN_IDENTIFIANT}, {@code PLATEFORME_ADMIN_MOT_DE_PASSE}) when no
 * administrator exists yet. No password is ever written in the code.
 */
@Component
@Order(20)
class PremierAdministrateur implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PremierAdministrateur.class);

	private final UtilisateurRepository utilisateurs;

	private final CompteService comptes;

	private final PasswordEncoder passwordEncoder;

	private final PlateformeAdminProperties properties;

	private final PolitiqueDesMotsDePasse politique;

	PremierAdministrateur(UtilisateurRepository utilisateurs, CompteService comptes, PasswordEncoder passwordEncoder,
			PlateformeAdminProperties properties, PolitiqueDesMotsDePasse politique) {
		this.politique = politique;
		this.utilisateurs = utilisateurs;
		this.comptes = comptes;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (utilisateurs.existsByRole(Role.ADMIN)) {
			return;
		}
		if (!StringUtils.hasText(properties.identifiant()) || !StringUtils.hasText(properties.motDePasse())) {
			log.warn("Aucun administrateur : définissez PLATEFORME_ADMIN_IDENTIFIANT et PLATEFORME_ADMIN_MOT_DE_PASSE");
			return;
		}
		try {
			politique.verifier(properties.motDePasse(), properties.identifiant());
		}
		catch (SaisieRefuseeException refus) {
			// no platform with a guessable administrator password: the operator picks
			// another
			throw new IllegalStateException("PLATEFORME_ADMIN_MOT_DE_PASSE refusé (" + refus.codeMessage()
					+ ") : au moins " + PolitiqueDesMotsDePasse.LONGUEUR_MINIMALE
					+ " caractères, ni mot de passe connu des fuites, ni facile à deviner, ni le mot de passe de démonstration");
		}
		comptes.creerCompte(properties.identifiant(), "Administration", Role.ADMIN,
				passwordEncoder.encode(properties.motDePasse()));
		log.info("Administrateur {} créé depuis la configuration", properties.identifiant());
	}

}
