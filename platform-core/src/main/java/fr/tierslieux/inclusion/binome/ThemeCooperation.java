package fr.tierslieux.inclusion.binome;

/** What an agence and a tiers-lieu cooperate on, beyond digital skills (seed 002). */
public enum ThemeCooperation {

	NUMERIQUE, CREATION_ACTIVITE, PROJET_PROFESSIONNEL, CONFIANCE_EN_SOI, AUTRE

}
