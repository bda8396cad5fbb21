package fr.tierslieux.inclusion.postgres;

import java.nio.file.Path;

/** Another running platform already owns the embedded database's directory. */
public class RepertoireOccupeException extends IllegalStateException {

	private final transient Path repertoire;

	RepertoireOccupeException(Path repertoire) {
		super("Une autre instance de la plateforme utilise déjà " + repertoire);
		this.repertoire = repertoire;
	}

	public Path repertoire() {
		return repertoire;
	}

}
