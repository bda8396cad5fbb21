package fr.tierslieux.inclusion.annuaire;

/** What kind of place a tiers-lieu is; a place is often several at once. */
public enum TiersLieuTypologie {

	COWORKING, FABLAB, FOODLAB, FRICHE_CULTURELLE, ATELIER_PARTAGE, MAKERSPACE, TIERS_LIEU_CULTUREL, AUTRE

}
