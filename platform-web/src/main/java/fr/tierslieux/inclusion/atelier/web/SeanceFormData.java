package fr.tierslieux.inclusion.atelier.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.atelier.NouvelleSeance;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances.ParcoursPlanifie;
import fr.tierslieux.inclusion.atelier.Seance;
import fr.tierslieux.inclusion.atelier.TypeAtelier;

/** The form that plans or changes a session. */
public class SeanceFormData {

	@NotBlank
	@Size(max = 200)
	private String intitule;

	@NotNull
	private TypeAtelier type;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime debut;

	@NotNull
	@Min(15)
	@Max(600)
	private Integer dureeMinutes = 180;

	@NotBlank
	@Size(max = 300)
	private String lieu;

	@Min(1)
	@Max(500)
	private Integer capacite;

	private boolean avecConseiller;

	private long version;

	/** A new session, at the parcours' usual place. */
	static SeanceFormData pour(ParcoursPlanifie parcours) {
		SeanceFormData seance = new SeanceFormData();
		seance.lieu = parcours.lieu();
		return seance;
	}

	static SeanceFormData de(Seance seance) {
		SeanceFormData formulaire = new SeanceFormData();
		formulaire.intitule = seance.intitule();
		formulaire.type = seance.type();
		formulaire.date = seance.date();
		formulaire.debut = seance.debut();
		formulaire.dureeMinutes = (int) seance.dureeMinutes();
		formulaire.lieu = seance.lieu();
		formulaire.capacite = seance.capacite();
		formulaire.avecConseiller = seance.avecConseiller();
		formulaire.version = seance.version();
		return formulaire;
	}

	NouvelleSeance seance() {
		return new NouvelleSeance(intitule, date, debut, dureeMinutes, lieu, type, capacite, avecConseiller);
	}

	public String getIntitule() {
		return intitule;
	}

	public void setIntitule(String intitule) {
		this.intitule = intitule;
	}

	public TypeAtelier getType() {
		return type;
	}

	public void setType(TypeAtelier type) {
		this.type = type;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getDebut() {
		return debut;
	}

	public void setDebut(LocalTime debut) {
		this.debut = debut;
	}

	public Integer getDureeMinutes() {
		return dureeMinutes;
	}

	public void setDureeMinutes(Integer dureeMinutes) {
		this.dureeMinutes = dureeMinutes;
	}

	public String getLieu() {
		return lieu;
	}

	public void setLieu(String lieu) {
		this.lieu = lieu;
	}

	public Integer getCapacite() {
		return capacite;
	}

	public void setCapacite(Integer capacite) {
		this.capacite = capacite;
	}

	public boolean isAvecConseiller() {
		return avecConseiller;
	}

	public void setAvecConseiller(boolean avecConseiller) {
		this.avecConseiller = avecConseiller;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
