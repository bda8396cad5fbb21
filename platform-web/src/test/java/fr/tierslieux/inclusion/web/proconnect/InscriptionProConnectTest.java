package fr.tierslieux.inclusion.web.proconnect;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registration read from the provider's discovery document, at the first login and
 * again after a failure; the logout when it cannot be read.
 */
class InscriptionProConnectTest {

	@Test
	void pkce_is_sent_only_to_a_provider_that_offers_it() throws IOException {
		for (boolean offert : List.of(true, false)) {
			try (ProConnectLocal fournisseur = fournisseur(ProConnectLocal.portLibre(), offert)) {
				ClientRegistration inscription = inscription(fournisseur.emetteur())
					.findByRegistrationId(InscriptionProConnect.ID);

				assertThat(inscription.getClientSettings().isRequireProofKey()).as("PKCE offert : " + offert)
					.isEqualTo(offert);
				assertThat(inscription.getScopes()).containsExactlyInAnyOrder("openid", "email");
				assertThat(inscription.getProviderDetails().getUserInfoEndpoint().getUri())
					.isEqualTo(fournisseur.emetteur() + "/userinfo");
				assertThat(inscription.getProviderDetails().getConfigurationMetadata())
					.containsEntry("end_session_endpoint", fournisseur.emetteur() + "/connect/logout");
			}
		}
	}

	@Test
	void a_provider_out_of_reach_is_asked_again_at_the_next_login() throws IOException {
		int port = ProConnectLocal.portLibre();
		InscriptionProConnect inscriptions = inscription("http://localhost:" + port);

		assertThatThrownBy(() -> inscriptions.findByRegistrationId(InscriptionProConnect.ID))
			.isInstanceOf(IllegalArgumentException.class);

		try (ProConnectLocal fournisseur = fournisseur(port, true)) {
			assertThat(inscriptions.findByRegistrationId(InscriptionProConnect.ID).getProviderDetails().getIssuerUri())
				.isEqualTo(fournisseur.emetteur());
		}
		assertThat(inscriptions.findByRegistrationId("autre")).isNull();
	}

	@Test
	void a_logout_while_proconnect_is_out_of_reach_logs_out_of_the_platform() throws Exception {
		InscriptionProConnect horsDAtteinte = inscription("http://localhost:" + ProConnectLocal.portLibre());
		UsernamePasswordAuthenticationToken session = UsernamePasswordAuthenticationToken.authenticated("agent", null,
				List.of());
		session.setDetails(new ConnexionProConnect.SessionProConnect("jeton-d-identite"));
		MockHttpServletResponse reponse = new MockHttpServletResponse();

		new ConnexionProConnect(horsDAtteinte, null, null, null).deconnexion("/login?deconnexion")
			.onLogoutSuccess(new MockHttpServletRequest("POST", "/logout"), reponse, session);

		assertThat(reponse.getRedirectedUrl()).isEqualTo("/login?deconnexion");
	}

	private static InscriptionProConnect inscription(String emetteur) {
		return new InscriptionProConnect(new ProConnectProprietes(emetteur, "plateforme", "secret", null, null, null));
	}

	private static ProConnectLocal fournisseur(int port, boolean pkce) {
		return new ProConnectLocal(port, "http://localhost/login/oauth2/code/proconnect",
				"http://localhost/login?deconnexion", Map.of(), pkce);
	}

}
