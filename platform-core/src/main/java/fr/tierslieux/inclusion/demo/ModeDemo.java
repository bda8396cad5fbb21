package fr.tierslieux.inclusion.demo;

import java.util.List;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.compte.Role;

/**
 * Present only in demo mode: what the login page may tell visitors about the demo
 * accounts.
 */
@Component
@Conditional(ModeDemoCondition.class)
public class ModeDemo {

	private final DemoProperties properties;

	ModeDemo(DemoProperties properties) {
		this.properties = properties;
	}

	public List<CompteDemo> comptes() {
		return List.of(new CompteDemo(Role.ADMIN, DemoDataLoader.ADMIN),
				new CompteDemo(Role.COORDINATEUR, DemoDataLoader.COORDINATION),
				new CompteDemo(Role.PILOTE, DemoDataLoader.PILOTE),
				new CompteDemo(Role.CONSEILLER, DemoDataLoader.CONSEILLER),
				new CompteDemo(Role.FACILITATEUR, DemoDataLoader.FACILITATEUR));
	}

	public String motDePasse() {
		return properties.motDePasse();
	}

	/** One demo account, one per role. */
	public record CompteDemo(Role role, String identifiant) {
	}

}
