package fr.tierslieux.inclusion.budget;

/** What a convention finances; {@link #AUTRE} is described in words. */
public enum ObjetConvention {

	NUMERIQUE, CREATION_ACTIVITE, PROJET_PROFESSIONNEL, AUTRE

}
