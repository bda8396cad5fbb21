package fr.tierslieux.inclusion.atelier;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.parcours.ParcoursService;

/**
 * The ateliers of parcours: planning them, and listing those a person may see (a
 * tiers-lieu's, an agence's binômes', a région's).
 */
@Service
@Transactional(readOnly = true)
public class AtelierService {

	private final AtelierRepository ateliers;

	private final ListeDesAteliers liste;

	private final ParcoursService parcours;

	AtelierService(AtelierRepository ateliers, ListeDesAteliers liste, ParcoursService parcours) {
		this.ateliers = ateliers;
		this.liste = liste;
		this.parcours = parcours;
	}

	/** Newest first. */
	public Tranche<AtelierLigne> ateliers(Perimetre perimetre, Curseur curseur) {
		return liste.tranche(perimetre, curseur);
	}

	@Transactional
	public Long planifier(Long parcoursId, String intitule, LocalDate date, LocalTime heureDebut, LocalTime heureFin,
			String lieu, TypeAtelier type) {
		return ateliers
			.save(new Atelier(parcours.parcours(parcoursId), intitule, date, heureDebut, heureFin, lieu, type))
			.getId();
	}

	/** Proxy for another feature's association (a line of the sign-in sheet). */
	public Atelier atelier(Long id) {
		return ateliers.getReferenceById(id);
	}

}
