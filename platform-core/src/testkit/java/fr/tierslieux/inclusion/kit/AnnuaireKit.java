package fr.tierslieux.inclusion.kit;

import java.util.Set;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.annuaire.Adresse;
import fr.tierslieux.inclusion.annuaire.AgenceType;
import fr.tierslieux.inclusion.annuaire.AnnuaireService;
import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;

/** Agences and tiers-lieux with unique names and codes. */
@Component
public class AnnuaireKit {

	private final AnnuaireService annuaire;

	AnnuaireKit(AnnuaireService annuaire) {
		this.annuaire = annuaire;
	}

	public Long agence(String departement) {
		int n = Unique.numero();
		return annuaire.creerAgence("K" + n, "Agence de test " + n, AgenceType.AGENCE_LOCALE,
				new Adresse(null, null, "Commune " + n, null, null, null), departement, null);
	}

	public Long tiersLieu(String nom, String departement) {
		return annuaire.creerTiersLieu(nom, new Adresse(null, null, "Commune de " + nom, null, null, null),
				departement, TiersLieuRole.EXPERIMENTATEUR, Set.of(TiersLieuTypologie.FABLAB), null);
	}

}
