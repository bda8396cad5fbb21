package fr.tierslieux.inclusion.export;

/**
 * What an export is about: what it lists, in which format, narrowed to a vague and a
 * département when given, with the people's names or their pseudonyms.
 */
public record DemandeDExport(ActiviteExportee activite, FormatExport format, Long vague, String departement,
		boolean nominatif) {

	/** The file's name: {@code orientations-vague-12.csv}. */
	public String nomDeFichier() {
		return activite.fichier() + (nominatif ? "-nominatif" : "") + (vague == null ? "" : "-vague-" + vague)
				+ (departement == null ? "" : "-" + departement) + "." + format.extension();
	}

}
