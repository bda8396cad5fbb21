package fr.tierslieux.inclusion.beneficiaire;

/** How the person's digital level was measured before the referral. */
public enum OutilDiagnostic {

	LES_BONS_CLICS, PIX, AUTRE

}
