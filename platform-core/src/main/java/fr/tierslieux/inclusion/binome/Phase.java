package fr.tierslieux.inclusion.binome;

/** The method's phases, from getting to know each other to sharing what was learnt. */
public enum Phase {

	T0, T1, T2, T3, T4

}
