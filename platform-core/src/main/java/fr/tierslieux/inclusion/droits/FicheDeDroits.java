package fr.tierslieux.inclusion.droits;

import java.time.LocalDate;

import fr.tierslieux.inclusion.beneficiaire.Identite;

/**
 * What the page of a person's rights shows: who they are as recorded (the correction form
 * starts from it), their consent, and how long their record is kept.
 *
 * @param version the record's version, sent back with a correction
 * @param orientationsOuvertes referrals an erasure would close
 */
public record FicheDeDroits(Long id, long version, Identite identite, String agence, String conseiller,
		LocalDate dateConsentement, String versionNotice, LocalDate dernierContactLe, long orientationsOuvertes) {

	public LocalDate anonymiseeLe() {
		return Conservation.anonymisationLe(dernierContactLe);
	}

}
