package fr.tierslieux.inclusion.export;

import java.time.Duration;
import java.time.Instant;

/**
 * An export as its author's page lists it.
 *
 * @param vagueId the vague, when the export is narrowed to one
 * @param vague its name, when the export is narrowed to one
 * @param lignesTotal the rows to write, once counted
 * @param lignesEcrites the rows written so far, for the progress bar
 * @param taille the file's size in bytes, once ready
 */
public record ExportDemande(Long id, ActiviteExportee activite, FormatExport format, boolean nominatif, Long vagueId,
		String vague, String departement, StatutExport statut, Long lignesTotal, long lignesEcrites, Long taille,
		Instant demandeLe, Instant commenceLe, Instant termineLe, Instant expireLe) {

	public int pourcentage() {
		if (statut == StatutExport.PRET) {
			return 100;
		}
		return lignesTotal == null || lignesTotal == 0 ? 0 : (int) Math.min(99, lignesEcrites * 100 / lignesTotal);
	}

	public boolean enCours() {
		return statut == StatutExport.EN_ATTENTE || statut == StatutExport.EN_COURS;
	}

	/** How long it took to produce, once ready. */
	public Duration duree() {
		return commenceLe == null || termineLe == null ? null : Duration.between(commenceLe, termineLe);
	}

	/** The file's name, as {@link DemandeDExport#nomDeFichier()}. */
	public String nomDeFichier() {
		return new DemandeDExport(activite, format, vagueId, departement, nominatif).nomDeFichier();
	}

}
