package fr.tierslieux.inclusion.badge.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import fr.tierslieux.inclusion.badge.Badge;
import fr.tierslieux.inclusion.badge.NouveauBadge;

/** The form that defines or changes a badge. */
public class BadgeFormData {

	@NotBlank
	@Size(max = NouveauBadge.NOM_MAX)
	private String nom;

	@NotBlank
	@Size(max = NouveauBadge.TEXTE_MAX)
	private String description;

	@NotBlank
	@Size(max = NouveauBadge.TEXTE_MAX)
	private String criteres;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer presenceMinimale = 80;

	@NotNull
	@Min(0)
	@Max(4)
	private Integer criteresAtteints = 2;

	@NotNull
	@Min(1)
	@Max(4)
	private Integer noteMinimale = 3;

	@Min(1)
	@Max(120)
	private Integer validiteMois;

	private List<String> competences = new ArrayList<>();

	private MultipartFile image;

	private long version;

	static BadgeFormData de(Badge badge) {
		BadgeFormData formulaire = new BadgeFormData();
		formulaire.nom = badge.nom();
		formulaire.description = badge.description();
		formulaire.criteres = badge.criteres();
		formulaire.presenceMinimale = badge.presenceMinimale();
		formulaire.criteresAtteints = badge.criteresAtteints();
		formulaire.noteMinimale = badge.noteMinimale();
		formulaire.validiteMois = badge.validiteMois();
		formulaire.competences = new ArrayList<>(badge.competences());
		formulaire.version = badge.version();
		return formulaire;
	}

	NouveauBadge badge() {
		try {
			byte[] octets = image == null || image.isEmpty() ? null : image.getBytes();
			return new NouveauBadge(nom, description, criteres, presenceMinimale, criteresAtteints, noteMinimale,
					validiteMois, competences == null ? List.of() : competences, octets);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String getNom() {
		return nom;
	}

	public void setNom(String nom) {
		this.nom = nom;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCriteres() {
		return criteres;
	}

	public void setCriteres(String criteres) {
		this.criteres = criteres;
	}

	public Integer getPresenceMinimale() {
		return presenceMinimale;
	}

	public void setPresenceMinimale(Integer presenceMinimale) {
		this.presenceMinimale = presenceMinimale;
	}

	public Integer getCriteresAtteints() {
		return criteresAtteints;
	}

	public void setCriteresAtteints(Integer criteresAtteints) {
		this.criteresAtteints = criteresAtteints;
	}

	public Integer getNoteMinimale() {
		return noteMinimale;
	}

	public void setNoteMinimale(Integer noteMinimale) {
		this.noteMinimale = noteMinimale;
	}

	public Integer getValiditeMois() {
		return validiteMois;
	}

	public void setValiditeMois(Integer validiteMois) {
		this.validiteMois = validiteMois;
	}

	public List<String> getCompetences() {
		return competences;
	}

	public void setCompetences(List<String> competences) {
		this.competences = competences;
	}

	public MultipartFile getImage() {
		return image;
	}

	public void setImage(MultipartFile image) {
		this.image = image;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
