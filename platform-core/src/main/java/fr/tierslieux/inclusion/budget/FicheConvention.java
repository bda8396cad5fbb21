package fr.tierslieux.inclusion.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.tierslieux.inclusion.budget.Conventions.Cofinancement;

/** A convention as its page shows it. */
public record FicheConvention(Entete entete, List<Cofinancement> cofinanceurs, List<Document> documents,
		List<Suite> suites) {

	public FicheConvention {
		cofinanceurs = List.copyOf(cofinanceurs);
		documents = List.copyOf(documents);
		suites = List.copyOf(suites);
	}

	/** What the convention says. */
	public record Entete(long id, String numero, long tiersLieuId, String tiersLieu, String region, String signataire,
			TypeConvention type, ObjetConvention objet, String objetPrecision, LocalDate debut, LocalDate fin,
			BigDecimal montant, BigDecimal coutAction, String referenceMarche, String lot, Long precedenteId,
			String precedenteNumero, LienConvention lien, String creePar, Instant creeLe) {
	}

	/** An attached PDF, without its content. */
	public record Document(long id, String nomFichier, int taille, Instant deposeLe, String deposePar) {
	}

	/** A renewal or widening that follows this convention. */
	public record Suite(long id, String numero, LienConvention lien) {
	}

}
