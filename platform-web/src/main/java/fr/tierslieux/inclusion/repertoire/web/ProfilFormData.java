package fr.tierslieux.inclusion.repertoire.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.repertoire.FicheTiersLieu;
import fr.tierslieux.inclusion.repertoire.ProfilTiersLieu;

/** The form of a tiers-lieu's profile. */
public class ProfilFormData {

	/** The version the user saw. */
	private long version;

	@NotNull
	private TiersLieuRole role;

	private Set<TiersLieuTypologie> typologies = EnumSet.noneOf(TiersLieuTypologie.class);

	@Min(0)
	@Max(10_000)
	private Integer capaciteAccueil;

	@Size(max = 2000)
	private String equipements;

	private boolean accessiblePmr;

	@Size(max = 2000)
	private String accessibilite;

	@Size(max = 300)
	@Pattern(regexp = "^$|^https?://\\S+$")
	private String siteWeb;

	@Size(max = 30)
	@Pattern(regexp = "^$|^\\+?[0-9 .()-]{6,30}$")
	private String telephone;

	@Size(max = 500)
	@Pattern(regexp = "^$|^[^@\\s|,;]+@[^@\\s|,;]+\\.[^@\\s|,;]+([|,;] ?[^@\\s|,;]+@[^@\\s|,;]+\\.[^@\\s|,;]+)*$")
	private String courriels;

	@Size(max = 500)
	private String horaires;

	@Size(max = 500)
	private String presentation;

	private Long reseauId;

	static ProfilFormData de(FicheTiersLieu fiche) {
		ProfilTiersLieu p = fiche.profil();
		ProfilFormData form = new ProfilFormData();
		form.version = fiche.version();
		form.role = p.role();
		form.typologies = p.typologies().isEmpty() ? EnumSet.noneOf(TiersLieuTypologie.class)
				: EnumSet.copyOf(p.typologies());
		form.capaciteAccueil = p.capaciteAccueil();
		form.equipements = p.equipements();
		form.accessiblePmr = p.accessiblePmr();
		form.accessibilite = p.accessibilite();
		form.siteWeb = p.siteWeb();
		form.telephone = p.telephone();
		form.courriels = p.courriels();
		form.horaires = p.horaires();
		form.presentation = p.presentation();
		form.reseauId = p.reseauId();
		return form;
	}

	ProfilTiersLieu profil() {
		return new ProfilTiersLieu(role, typologies, capaciteAccueil, Saisie.nettoyerParagraphes(equipements, 2000),
				accessiblePmr, Saisie.nettoyerParagraphes(accessibilite, 2000), ligne(siteWeb, 300),
				ligne(telephone, 30), ligne(courriels, 500), Saisie.nettoyerParagraphes(horaires, 500),
				Saisie.nettoyerParagraphes(presentation, 500), reseauId);
	}

	/** A one-line field: cleaned, null when empty. */
	private static String ligne(String saisie, int max) {
		String propre = Saisie.nettoyer(saisie, max);
		return propre.isEmpty() ? null : propre;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public TiersLieuRole getRole() {
		return role;
	}

	public void setRole(TiersLieuRole role) {
		this.role = role;
	}

	public Set<TiersLieuTypologie> getTypologies() {
		return typologies;
	}

	public void setTypologies(Set<TiersLieuTypologie> typologies) {
		this.typologies = typologies == null ? EnumSet.noneOf(TiersLieuTypologie.class) : typologies;
	}

	public Integer getCapaciteAccueil() {
		return capaciteAccueil;
	}

	public void setCapaciteAccueil(Integer capaciteAccueil) {
		this.capaciteAccueil = capaciteAccueil;
	}

	public String getEquipements() {
		return equipements;
	}

	public void setEquipements(String equipements) {
		this.equipements = equipements;
	}

	public boolean isAccessiblePmr() {
		return accessiblePmr;
	}

	public void setAccessiblePmr(boolean accessiblePmr) {
		this.accessiblePmr = accessiblePmr;
	}

	public String getAccessibilite() {
		return accessibilite;
	}

	public void setAccessibilite(String accessibilite) {
		this.accessibilite = accessibilite;
	}

	public String getSiteWeb() {
		return siteWeb;
	}

	public void setSiteWeb(String siteWeb) {
		this.siteWeb = siteWeb;
	}

	public String getTelephone() {
		return telephone;
	}

	public void setTelephone(String telephone) {
		this.telephone = telephone;
	}

	public String getCourriels() {
		return courriels;
	}

	public void setCourriels(String courriels) {
		this.courriels = courriels;
	}

	public String getHoraires() {
		return horaires;
	}

	public void setHoraires(String horaires) {
		this.horaires = horaires;
	}

	public Long getReseauId() {
		return reseauId;
	}

	public void setReseauId(Long reseauId) {
		this.reseauId = reseauId;
	}

	public String getPresentation() {
		return presentation;
	}

	public void setPresentation(String presentation) {
		this.presentation = presentation;
	}

}
