package fr.tierslieux.inclusion.audit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.administration.LecturesDuJournalDAudit.RechercheAudit;

/** The audit trail's search form: every field optional. */
public class RechercheAuditFormData {

	@Size(max = 150)
	private String auteur;

	@Positive
	private Long personne;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate du;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate au;

	RechercheAudit recherche() {
		return new RechercheAudit(auteur, personne, du, au);
	}

	public String getAuteur() {
		return auteur;
	}

	public void setAuteur(String auteur) {
		this.auteur = auteur;
	}

	public Long getPersonne() {
		return personne;
	}

	public void setPersonne(Long personne) {
		this.personne = personne;
	}

	public LocalDate getDu() {
		return du;
	}

	public void setDu(LocalDate du) {
		this.du = du;
	}

	public LocalDate getAu() {
		return au;
	}

	public void setAu(LocalDate au) {
		this.au = au;
	}

}
