package fr.tierslieux.inclusion.parcours;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.BinomeService;

/** The parcours a binôme designs and runs. */
@Service
@Transactional
public class ParcoursService {

	private final ParcoursRepository parcours;

	private final BinomeService binomes;

	ParcoursService(ParcoursRepository parcours, BinomeService binomes) {
		this.parcours = parcours;
		this.binomes = binomes;
	}

	public Long creer(Long binomeId, String intitule, TypologieParcours typologie, FormatParcours format,
			BigDecimal budget, String publicCible, LocalDate dateDebut, LocalDate dateFin, int capacite) {
		return parcours
			.save(new Parcours(binomes.binome(binomeId), intitule, typologie, format, budget, publicCible, dateDebut,
					dateFin, capacite))
			.getId();
	}

	/** Proxy for another feature's association (an atelier, an orientation). */
	@Transactional(readOnly = true)
	public Parcours parcours(Long id) {
		return parcours.getReferenceById(id);
	}

}
