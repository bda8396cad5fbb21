package fr.tierslieux.inclusion.annuaire;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.territoire.TerritoireService;

/**
 * Writes the directory: networks, France Travail sites and tiers-lieux. The only way in
 * for other features and for imports.
 */
@Service
@Transactional
public class AnnuaireService {

	private final AgenceRepository agences;

	private final TiersLieuRepository tiersLieux;

	private final ReseauRepository reseaux;

	private final TerritoireService territoire;

	AnnuaireService(AgenceRepository agences, TiersLieuRepository tiersLieux, ReseauRepository reseaux,
			TerritoireService territoire) {
		this.agences = agences;
		this.tiersLieux = tiersLieux;
		this.reseaux = reseaux;
		this.territoire = territoire;
	}

	public Long creerReseau(String nom, String regionCode) {
		return reseaux.save(new Reseau(nom, territoire.region(regionCode), null)).getId();
	}

	/**
	 * @param directionId the territorial or regional direction it reports to, if known
	 */
	public Long creerAgence(String codeSafir, String nom, AgenceType type, Adresse adresse, String departementCode,
			Long directionId) {
		Agence direction = directionId == null ? null : agences.getReferenceById(directionId);
		return agences
			.save(new Agence(codeSafir, nom, type, adresse, territoire.departement(departementCode), direction))
			.getId();
	}

	public Long creerTiersLieu(String nom, Adresse adresse, String departementCode, TiersLieuRole role,
			Set<TiersLieuTypologie> typologies, Long reseauId) {
		TiersLieu tiersLieu = new TiersLieu(nom, adresse, territoire.departement(departementCode), role, typologies);
		if (reseauId != null) {
			tiersLieu.rattacherAuReseau(reseaux.getReferenceById(reseauId));
		}
		return tiersLieux.save(tiersLieu).getId();
	}

	@Transactional(readOnly = true)
	public Agence agence(Long id) {
		return agences.getReferenceById(id);
	}

	@Transactional(readOnly = true)
	public TiersLieu tiersLieu(Long id) {
		return tiersLieux.getReferenceById(id);
	}

}
