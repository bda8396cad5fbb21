package fr.tierslieux.inclusion.export;

/** The file formats of an export. */
public enum FormatExport {

	CSV("text/csv;charset=UTF-8", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String typeMime;

	private final String extension;

	FormatExport(String typeMime, String extension) {
		this.typeMime = typeMime;
		this.extension = extension;
	}

	public String typeMime() {
		return typeMime;
	}

	public String extension() {
		return extension;
	}

}
