package fr.tierslieux.inclusion.compte.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.ClientHttp;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the second factor required (as outside demo mode), an account that coordinates
 * opens nothing with its password alone: it enrols its app in a browser (QR code and key,
 * a first code, recovery codes), then gives a code or a recovery code at each login, each
 * serving once. A counsellor is not asked.
 */
@WebTest
@TestPropertySource(properties = "plateforme.second-facteur.exige=true")
class SecondFacteurWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	CompteKit comptes;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Test
	void the_coordination_enrols_its_app_then_gives_a_code_at_each_login() throws Exception {
		Connecte coordination = comptes.coordinateur(territoire.region().code());
		String base = "http://localhost:" + port;
		String cle;
		List<String> secours;
		try (BrowserContext contexte = navigateur.browser().newContext()) {
			Page page = Navigateur.seConnecter(contexte, base, coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/second-facteur");
			assertThat(page.locator("h1").textContent()).isEqualTo("Activer le second facteur");
			page.navigate(base + "/tableau-de-bord");
			assertThat(page.url()).as("le mot de passe seul n'ouvre rien").isEqualTo(base + "/second-facteur");
			Navigateur.assertSansViolation(page);
			cle = page.locator("#cle").textContent().replace(" ", "");

			page.getByLabel("Code à 6 chiffres").fill("000000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activer")).click();
			assertThat(page.locator("#code-erreur").textContent()).startsWith("Ce code n'est pas le bon");
			assertThat(page.locator("#cle").textContent().replace(" ", "")).as("la même clé").isEqualTo(cle);
			Navigateur.assertSansViolation(page);

			page.getByLabel("Code à 6 chiffres").fill(code(cle, Instant.now()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activer")).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Vos codes de secours");
			secours = page.locator("#codes-de-secours li").allTextContents();
			assertThat(secours).hasSize(10);
			Navigateur.assertSansViolation(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continuer")).click();
			page.waitForURL(base + "/tableau-de-bord");
		}

		try (BrowserContext contexte = navigateur.browser().newContext()) {
			Page page = Navigateur.seConnecter(contexte, base, coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/second-facteur");
			assertThat(page.locator("h1").textContent()).isEqualTo("Code de votre application d'authentification");
			Navigateur.assertSansViolation(page);
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(secours.get(0));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
			page.waitForURL(base + "/tableau-de-bord");
		}

		ClientHttp client = new ClientHttp(port).seConnecter(coordination.identifiant(), CompteKit.MOT_DE_PASSE);
		assertThat(client.get("/tableau-de-bord").headers().firstValue("Location")).hasValue(base + "/second-facteur");
		String jeton = client.jeton("/second-facteur");
		HttpResponse<String> rejoue = client.post("/second-facteur",
				"code=" + ClientHttp.encoder(secours.get(0)) + "&_csrf=" + ClientHttp.encoder(jeton));
		assertThat(rejoue.statusCode()).as("un code de secours déjà dépensé").isEqualTo(422);
		// the next step of the clock: the code of the activation's step has served
		HttpResponse<String> valide = client.post("/second-facteur",
				"code=" + code(cle, Instant.now().plusSeconds(30)) + "&_csrf=" + ClientHttp.encoder(jeton));
		assertThat(valide.statusCode()).isEqualTo(302);
		assertThat(client.get("/tableau-de-bord").statusCode()).isEqualTo(200);
	}

	@Test
	void a_counsellor_is_not_asked_and_wrong_codes_are_throttled_like_passwords() throws Exception {
		Connecte conseiller = comptes.conseiller(annuaire.agence(territoire.region().departement()));
		assertThat(new ClientHttp(port).seConnecter(conseiller.identifiant(), CompteKit.MOT_DE_PASSE)
			.get("/beneficiaires")
			.statusCode()).isEqualTo(200);

		Connecte admin = comptes.admin();
		ClientHttp client = new ClientHttp(port).seConnecter(admin.identifiant(), CompteKit.MOT_DE_PASSE);
		String jeton = client.jeton("/second-facteur");
		HttpResponse<String> reponse = null;
		for (int i = 0; i < 6; i++) {
			reponse = client.post("/second-facteur/activation", "code=123456&_csrf=" + ClientHttp.encoder(jeton));
		}
		assertThat(reponse.statusCode()).isEqualTo(429);
		assertThat(reponse.headers().firstValue("Retry-After"))
			.hasValueSatisfying(secondes -> assertThat(Long.parseLong(secondes)).isBetween(1L, 15 * 60L));
		assertThat(client.get("/administration").headers().firstValue("Location"))
			.hasValue("http://localhost:" + port + "/second-facteur");
	}

	static String code(String cle, Instant quand) throws Exception {
		TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30));
		return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(cle), totp.getAlgorithm()),
				quand);
	}

}
