package fr.tierslieux.inclusion.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * What a login leaves in the session is small and serializable, without the password
 * hash, so that sessions can live in PostgreSQL and survive a restart.
 */
@WebTest
class SessionWebTest {

	@Autowired
	MockMvc mvc;

	@Test
	void the_session_holds_who_is_signed_in_and_no_password_hash() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user(ComptesDemo.CONSEILLER).password(ComptesDemo.MOT_DE_PASSE))
			.andReturn()
			.getRequest()
			.getSession();
		SecurityContext contexte = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);

		ByteArrayOutputStream octets = new ByteArrayOutputStream();
		try (ObjectOutputStream sortie = new ObjectOutputStream(octets)) {
			sortie.writeObject(contexte);
		}
		SecurityContext relu;
		try (ObjectInputStream entree = new ObjectInputStream(new ByteArrayInputStream(octets.toByteArray()))) {
			relu = (SecurityContext) entree.readObject();
		}

		assertThat(octets.toString(StandardCharsets.ISO_8859_1)).doesNotContain("{bcrypt}", "$2a$");
		assertThat(relu.getAuthentication().getCredentials()).isNull();
		Connecte moi = (Connecte) relu.getAuthentication().getPrincipal();
		assertThat(moi.identifiant()).isEqualTo(ComptesDemo.CONSEILLER);
		assertThat(moi.role()).isEqualTo(Role.CONSEILLER);
		assertThat(moi.perimetre().agences()).hasSize(1);
		assertThat(octets.size()).as("octets en session").isLessThan(4_000);
	}

}
