package fr.tierslieux.inclusion.kit;

import java.util.function.Consumer;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.Role;

/** Accounts of each role, signed in as the platform signs them in. */
@Component
public class CompteKit {

	public static final String MOT_DE_PASSE = "mot-de-passe-de-test";

	private final CompteService comptes;

	private final PasswordEncoder passwordEncoder;

	private String motDePasseEncode;

	CompteKit(CompteService comptes, PasswordEncoder passwordEncoder) {
		this.comptes = comptes;
		this.passwordEncoder = passwordEncoder;
	}

	public Connecte admin() {
		return connecte(creer(Role.ADMIN));
	}

	public Connecte coordinateur(String region) {
		return creer(Role.COORDINATEUR, id -> comptes.rattacherALaRegion(id, region));
	}

	public Connecte pilote(String region) {
		return creer(Role.PILOTE, id -> comptes.rattacherALaRegion(id, region));
	}

	public Connecte conseiller(Long agence) {
		return creer(Role.CONSEILLER, id -> comptes.rattacherALAgence(id, agence));
	}

	public Connecte facilitateur(Long tiersLieu) {
		return creer(Role.FACILITATEUR, id -> comptes.rattacherAuTiersLieu(id, tiersLieu));
	}

	private Connecte creer(Role role, Consumer<Long> rattacher) {
		String identifiant = creer(role);
		rattacher.accept(connecte(identifiant).id());
		return connecte(identifiant);
	}

	private String creer(Role role) {
		if (motDePasseEncode == null) {
			motDePasseEncode = passwordEncoder.encode(MOT_DE_PASSE);
		}
		String identifiant = role.name().toLowerCase() + "." + Unique.numero() + "@test.invalid";
		comptes.creerCompte(identifiant, "Compte de test " + identifiant, role, motDePasseEncode);
		return identifiant;
	}

	private Connecte connecte(String identifiant) {
		return comptes.compte(identifiant).orElseThrow().connecte();
	}

}
