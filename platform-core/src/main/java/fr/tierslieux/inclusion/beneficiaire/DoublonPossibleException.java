package fr.tierslieux.inclusion.beneficiaire;

import java.util.List;

/**
 * The person being referred looks like people already known: the counsellor chooses (this
 * person, or another one) before anything is written.
 */
public class DoublonPossibleException extends RuntimeException {

	private final transient List<Ressemblance> ressemblances;

	public DoublonPossibleException(List<Ressemblance> ressemblances) {
		super("doublon possible");
		this.ressemblances = List.copyOf(ressemblances);
	}

	public List<Ressemblance> ressemblances() {
		return ressemblances;
	}

}
