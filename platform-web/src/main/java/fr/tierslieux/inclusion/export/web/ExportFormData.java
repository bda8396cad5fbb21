package fr.tierslieux.inclusion.export.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import fr.tierslieux.inclusion.export.ActiviteExportee;
import fr.tierslieux.inclusion.export.DemandeDExport;
import fr.tierslieux.inclusion.export.FormatExport;

/** The export form: what to list, in which format, narrowed how, named or not. */
public class ExportFormData {

	@NotNull
	private ActiviteExportee activite = ActiviteExportee.PARCOURS;

	@NotNull
	private FormatExport format = FormatExport.CSV;

	private Long vague;

	@Pattern(regexp = "[0-9A-Za-z]{2,3}")
	private String departement;

	private boolean nominatif;

	DemandeDExport demande() {
		String code = departement == null || departement.isBlank() ? null : departement.strip().toUpperCase();
		return new DemandeDExport(activite, format, vague, code, nominatif);
	}

	public ActiviteExportee getActivite() {
		return activite;
	}

	public void setActivite(ActiviteExportee activite) {
		this.activite = activite;
	}

	public FormatExport getFormat() {
		return format;
	}

	public void setFormat(FormatExport format) {
		this.format = format;
	}

	public Long getVague() {
		return vague;
	}

	public void setVague(Long vague) {
		this.vague = vague;
	}

	public String getDepartement() {
		return departement;
	}

	public void setDepartement(String departement) {
		this.departement = departement == null || departement.isBlank() ? null : departement.strip();
	}

	public boolean isNominatif() {
		return nominatif;
	}

	public void setNominatif(boolean nominatif) {
		this.nominatif = nominatif;
	}

}
