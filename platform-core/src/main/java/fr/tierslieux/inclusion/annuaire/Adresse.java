package fr.tierslieux.inclusion.annuaire;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Postal address and coordinates of a place (WGS 84, six decimals: about ten
 * centimetres).
 */
@Embeddable
public record Adresse(String adresse, @Column(name = "code_postal") String codePostal, String commune,
		@Column(name = "code_insee") String codeInsee, BigDecimal latitude, BigDecimal longitude) {
}
