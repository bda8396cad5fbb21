package fr.tierslieux.inclusion.kit;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

import fr.tierslieux.inclusion.binome.BinomeService;
import fr.tierslieux.inclusion.binome.FicheService;
import fr.tierslieux.inclusion.binome.QuestionFiche;
import fr.tierslieux.inclusion.compte.Perimetre;

/** Vagues and binômes. */
@Component
public class BinomeKit {

	/** The coordination that forms the kit's binômes, as their timelines name it. */
	public static final Perimetre COORDINATION = Perimetre.administrateur("kit@test.invalid");

	private final BinomeService binomes;

	private final FicheService fiches;

	BinomeKit(BinomeService binomes, FicheService fiches) {
		this.binomes = binomes;
		this.fiches = fiches;
	}

	/**
	 * Every question of the fiche ping-pong answered by the agence (which starts), then
	 * the tiers-lieu, each handing over.
	 */
	public void remplirLaFiche(Long binome, Perimetre agence, Perimetre tiersLieu) {
		Map<QuestionFiche, String> reponses = new EnumMap<>(QuestionFiche.class);
		for (QuestionFiche question : QuestionFiche.values()) {
			reponses.put(question, "Réponse à " + question);
		}
		fiches.ecrire(agence, binome, fiches.fiche(agence, binome).etat(), reponses, true);
		fiches.ecrire(tiersLieu, binome, fiches.fiche(tiersLieu, binome).etat(), reponses, true);
	}

	public Long vague(String region) {
		return binomes.ouvrirVague("Vague de test " + Unique.numero(), region, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), new BigDecimal("100000.00"));
	}

	/** A binôme in T0, in a new vague of the région. */
	public Long binome(String region, Long agence, Long tiersLieu) {
		return binomes.former(COORDINATION, vague(region), agence, tiersLieu, null, null);
	}

}
