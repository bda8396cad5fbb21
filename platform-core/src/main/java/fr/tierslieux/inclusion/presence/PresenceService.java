package fr.tierslieux.inclusion.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.atelier.AtelierService;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * Sign-in sheets: recording who came to an atelier, and the attendance figures the
 * atelier and bénéficiaire pages show beside their rows (one statement per page, never
 * one per row).
 */
@Service
@Transactional(readOnly = true)
public class PresenceService {

	private final PresenceRepository presences;

	private final ChiffresDePresence chiffres;

	private final AtelierService ateliers;

	private final BeneficiaireService beneficiaires;

	private final Clock clock;

	PresenceService(PresenceRepository presences, ChiffresDePresence chiffres, AtelierService ateliers,
			BeneficiaireService beneficiaires, Clock clock) {
		this.presences = presences;
		this.chiffres = chiffres;
		this.ateliers = ateliers;
		this.beneficiaires = beneficiaires;
		this.clock = clock;
	}

	/**
	 * Records the sheet of an atelier of the caller's perimeter: one status per person; a
	 * person already on the sheet is updated, not added twice. Keeps the participation
	 * table (who followed which parcours) in step, in the same transaction.
	 */
	@Transactional
	public void emarger(Perimetre qui, Long atelierId, Map<Long, PresenceStatut> statutParBeneficiaire) {
		if (!presences.atelierDuPerimetre(atelierId, qui)) {
			throw new IntrouvableException("Atelier", atelierId);
		}
		Instant maintenant = clock.instant();
		Map<Long, Presence> dejaLa = presences.findFeuille(atelierId)
			.stream()
			.collect(Collectors.toMap(p -> p.getBeneficiaire().getId(), Function.identity()));
		statutParBeneficiaire.forEach((beneficiaireId, statut) -> {
			Presence presence = dejaLa.get(beneficiaireId);
			if (presence != null) {
				presence.changer(statut, maintenant);
			}
			else {
				presences.save(new Presence(ateliers.atelier(atelierId), beneficiaires.reference(beneficiaireId),
						statut, maintenant));
			}
		});
		presences.flush();
		List<String> presents = PresenceStatut.PRESENTS.stream().map(Enum::name).toList();
		presences.ajouterParticipations(atelierId, presents);
		if (!dejaLa.isEmpty()) {
			presences.retirerParticipations(atelierId, presents);
		}
	}

	/**
	 * Sheets of the given ateliers (already scoped by the caller's list), one entry for
	 * each, empty sheets included.
	 */
	public Map<Long, Emargement> emargements(Collection<Long> atelierIds) {
		Map<Long, Emargement> resultat = new HashMap<>();
		atelierIds.forEach(id -> resultat.put(id, Emargement.VIDE));
		if (!atelierIds.isEmpty()) {
			resultat.putAll(chiffres.parAtelier(atelierIds));
		}
		return resultat;
	}

	/**
	 * Ateliers attended per person, counting only those the reader may see. A person the
	 * reader may not see gets no entry at all, not even a zero.
	 */
	public Map<Long, Long> presencesParBeneficiaire(Perimetre lecteur, Collection<Long> beneficiaireIds) {
		return beneficiaireIds.isEmpty() ? Map.of() : chiffres.parBeneficiaire(lecteur, beneficiaireIds);
	}

	/**
	 * A person's attendance of the given parcours, those of the referrals their page
	 * shows; one entry for each parcours asked.
	 */
	public Map<Long, Assiduite> assiduite(Long beneficiaireId, Collection<Long> parcoursIds) {
		Map<Long, Assiduite> resultat = new HashMap<>();
		parcoursIds.forEach(id -> resultat.put(id, Assiduite.AUCUNE));
		if (!parcoursIds.isEmpty()) {
			resultat.putAll(chiffres.assiduite(beneficiaireId, parcoursIds));
		}
		return resultat;
	}

}
