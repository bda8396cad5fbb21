package fr.tierslieux.inclusion.beneficiaire;

/** Beneficiary typologies identified in T0: how far the person is from digital tools. */
public enum ProfilBeneficiaire {

	EXCLU, INTERMEDIAIRE, INITIE, SPECIFIQUE

}
