package fr.tierslieux.inclusion.beneficiaire.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;

import fr.tierslieux.inclusion.administration.NoticesDInformation;
import fr.tierslieux.inclusion.beneficiaire.Identite;
import fr.tierslieux.inclusion.beneficiaire.OutilDiagnostic;
import fr.tierslieux.inclusion.beneficiaire.PersonneAOrienter;
import fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire;

/** The referral form: the person, their digital level, their consent. */
public class OrientationFormData extends IdentiteFormData {

	@NotNull
	private ProfilBeneficiaire profil;

	private boolean avecPrerequis;

	private OutilDiagnostic diagnosticOutil;

	@Size(max = 100)
	private String diagnosticResultat;

	@AssertTrue
	private boolean consentement;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateConsentement;

	private String versionNotice;

	/**
	 * Set once the counsellor has seen the people who look alike and says it is another.
	 */
	private boolean autrePersonne;

	/**
	 * What the form needs beside its fields: a new form consented today unless one is
	 * being corrected, the choices of its lists, the notice's version.
	 */
	static void preparer(Model model, Clock clock, NoticesDInformation notices) {
		String enVigueur = notices.enVigueur().version();
		if (!model.containsAttribute("personne")) {
			OrientationFormData formulaire = new OrientationFormData();
			formulaire.dateConsentement = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
			formulaire.versionNotice = enVigueur;
			model.addAttribute("personne", formulaire);
		}
		model.addAttribute("profils", ProfilBeneficiaire.values());
		model.addAttribute("outils", OutilDiagnostic.values());
		model.addAttribute("versionNotice", enVigueur);
	}

	PersonneAOrienter personne() {
		Identite identite = identite();
		return new PersonneAOrienter(identite.nom(), identite.prenom(), identite.anneeNaissance(), identite.email(),
				identite.telephone(), identite.identifiantFt(), profil, avecPrerequis, diagnosticOutil,
				diagnosticResultat, dateConsentement, versionNotice);
	}

	public ProfilBeneficiaire getProfil() {
		return profil;
	}

	public void setProfil(ProfilBeneficiaire profil) {
		this.profil = profil;
	}

	public boolean isAvecPrerequis() {
		return avecPrerequis;
	}

	public void setAvecPrerequis(boolean avecPrerequis) {
		this.avecPrerequis = avecPrerequis;
	}

	public OutilDiagnostic getDiagnosticOutil() {
		return diagnosticOutil;
	}

	public void setDiagnosticOutil(OutilDiagnostic diagnosticOutil) {
		this.diagnosticOutil = diagnosticOutil;
	}

	public String getDiagnosticResultat() {
		return diagnosticResultat;
	}

	public void setDiagnosticResultat(String diagnosticResultat) {
		this.diagnosticResultat = diagnosticResultat;
	}

	public boolean isConsentement() {
		return consentement;
	}

	public void setConsentement(boolean consentement) {
		this.consentement = consentement;
	}

	public LocalDate getDateConsentement() {
		return dateConsentement;
	}

	public void setDateConsentement(LocalDate dateConsentement) {
		this.dateConsentement = dateConsentement;
	}

	public String getVersionNotice() {
		return versionNotice;
	}

	public void setVersionNotice(String versionNotice) {
		this.versionNotice = versionNotice;
	}

	public boolean isAutrePersonne() {
		return autrePersonne;
	}

	public void setAutrePersonne(boolean autrePersonne) {
		this.autrePersonne = autrePersonne;
	}

}
