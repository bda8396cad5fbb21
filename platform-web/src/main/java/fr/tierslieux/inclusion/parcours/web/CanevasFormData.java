package fr.tierslieux.inclusion.parcours.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.parcours.CanevasService.Canevas;
import fr.tierslieux.inclusion.parcours.CanevasService.Contenu;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.TypologieParcours;

/**
 * The canvas as its form sends it. Every field may stay empty while the referents write;
 * a validation needs them all.
 */
public class CanevasFormData {

	private long version;

	@Size(max = 200)
	private String intitule;

	private TypologieParcours typologie;

	private FormatParcours format;

	@Size(max = 2000)
	private String profils;

	@Size(max = 2000)
	private String objectifs;

	@Size(max = 2000)
	private String preparation;

	@Size(max = 2000)
	private String phaseDecouverte;

	@Size(max = 2000)
	private String phaseApprentissage;

	@Size(max = 2000)
	private String phasePratique;

	@Size(max = 2000)
	private String phaseProjet;

	@Size(max = 2000)
	private String evaluation;

	@Size(max = 300)
	private String lieu;

	@Size(max = 1000)
	private String acces;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateDebut;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateFin;

	@Min(1)
	@Max(500)
	private Integer capacite;

	private Set<String> cartes = new TreeSet<>();

	static CanevasFormData de(Canevas canevas) {
		Contenu c = canevas.contenu();
		CanevasFormData form = new CanevasFormData();
		form.version = canevas.version();
		form.intitule = c.intitule();
		form.typologie = c.typologie();
		form.format = c.format();
		form.profils = c.profils();
		form.objectifs = c.objectifs();
		form.preparation = c.preparation();
		form.phaseDecouverte = c.phaseDecouverte();
		form.phaseApprentissage = c.phaseApprentissage();
		form.phasePratique = c.phasePratique();
		form.phaseProjet = c.phaseProjet();
		form.evaluation = c.evaluation();
		form.lieu = c.lieu();
		form.acces = c.acces();
		form.dateDebut = c.dateDebut();
		form.dateFin = c.dateFin();
		form.capacite = c.capacite();
		form.cartes = new TreeSet<>(c.cartes());
		return form;
	}

	Contenu contenu() {
		return new Contenu(ligne(intitule, 200), typologie, format, texte(profils), texte(objectifs),
				texte(preparation), texte(phaseDecouverte), texte(phaseApprentissage), texte(phasePratique),
				texte(phaseProjet), texte(evaluation), ligne(lieu, 300),
				acces == null ? null : Saisie.nettoyerParagraphes(acces, 1000), dateDebut, dateFin, capacite, cartes);
	}

	private static String ligne(String texte, int max) {
		if (texte == null) {
			return null;
		}
		String propre = Saisie.nettoyer(texte, max);
		return propre == null || propre.isEmpty() ? null : propre;
	}

	private static String texte(String texte) {
		return Saisie.nettoyerParagraphes(texte, 2000);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getIntitule() {
		return intitule;
	}

	public void setIntitule(String intitule) {
		this.intitule = intitule;
	}

	public TypologieParcours getTypologie() {
		return typologie;
	}

	public void setTypologie(TypologieParcours typologie) {
		this.typologie = typologie;
	}

	public FormatParcours getFormat() {
		return format;
	}

	public void setFormat(FormatParcours format) {
		this.format = format;
	}

	public String getProfils() {
		return profils;
	}

	public void setProfils(String profils) {
		this.profils = profils;
	}

	public String getObjectifs() {
		return objectifs;
	}

	public void setObjectifs(String objectifs) {
		this.objectifs = objectifs;
	}

	public String getPreparation() {
		return preparation;
	}

	public void setPreparation(String preparation) {
		this.preparation = preparation;
	}

	public String getPhaseDecouverte() {
		return phaseDecouverte;
	}

	public void setPhaseDecouverte(String phaseDecouverte) {
		this.phaseDecouverte = phaseDecouverte;
	}

	public String getPhaseApprentissage() {
		return phaseApprentissage;
	}

	public void setPhaseApprentissage(String phaseApprentissage) {
		this.phaseApprentissage = phaseApprentissage;
	}

	public String getPhasePratique() {
		return phasePratique;
	}

	public void setPhasePratique(String phasePratique) {
		this.phasePratique = phasePratique;
	}

	public String getPhaseProjet() {
		return phaseProjet;
	}

	public void setPhaseProjet(String phaseProjet) {
		this.phaseProjet = phaseProjet;
	}

	public String getEvaluation() {
		return evaluation;
	}

	public void setEvaluation(String evaluation) {
		this.evaluation = evaluation;
	}

	public String getLieu() {
		return lieu;
	}

	public void setLieu(String lieu) {
		this.lieu = lieu;
	}

	public String getAcces() {
		return acces;
	}

	public void setAcces(String acces) {
		this.acces = acces;
	}

	public LocalDate getDateDebut() {
		return dateDebut;
	}

	public void setDateDebut(LocalDate dateDebut) {
		this.dateDebut = dateDebut;
	}

	public LocalDate getDateFin() {
		return dateFin;
	}

	public void setDateFin(LocalDate dateFin) {
		this.dateFin = dateFin;
	}

	public Integer getCapacite() {
		return capacite;
	}

	public void setCapacite(Integer capacite) {
		this.capacite = capacite;
	}

	public Set<String> getCartes() {
		return cartes;
	}

	public void setCartes(Set<String> cartes) {
		this.cartes = cartes == null ? new TreeSet<>() : new TreeSet<>(cartes);
	}

}
