package fr.tierslieux.inclusion.compte;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator, taken from the environment outside demo mode. */
@ConfigurationProperties("plateforme.admin")
public record PlateformeAdminProperties(String identifiant, String motDePasse) {
}
