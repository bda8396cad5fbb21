package fr.tierslieux.inclusion.annuaire;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.territoire.Departement;

/** A third place (fablab, coworking, foodlab, cultural venue…) that hosts parcours. */
@Entity
public class TiersLieu {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String nom;

	private String siret;

	@Embedded
	private Adresse adresse;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "departement_code")
	private Departement departement;

	@Enumerated(EnumType.STRING)
	private TiersLieuRole role;

	@ManyToOne(fetch = FetchType.LAZY)
	private Reseau reseau;

	@ElementCollection
	@CollectionTable(name = "tiers_lieu_typologie", joinColumns = @JoinColumn(name = "tiers_lieu_id"))
	@Column(name = "typologie")
	@Enumerated(EnumType.STRING)
	private Set<TiersLieuTypologie> typologies = EnumSet.noneOf(TiersLieuTypologie.class);

	private Integer capaciteAccueil;

	private String equipements;

	@Column(name = "accessible_pmr")
	private boolean accessiblePmr;

	private String accessibilite;

	private String siteWeb;

	@Version
	private long version;

	protected TiersLieu() {
	}

	public TiersLieu(String nom, Adresse adresse, Departement departement, TiersLieuRole role,
			Set<TiersLieuTypologie> typologies) {
		this.nom = nom;
		this.adresse = adresse;
		this.departement = departement;
		this.role = role;
		this.typologies = typologies.isEmpty() ? EnumSet.noneOf(TiersLieuTypologie.class) : EnumSet.copyOf(typologies);
	}

	/** Capacities, equipment and accessibility as the venue describes them. */
	public void decrire(Integer capaciteAccueil, String equipements, boolean accessiblePmr, String accessibilite) {
		this.capaciteAccueil = capaciteAccueil;
		this.equipements = equipements;
		this.accessiblePmr = accessiblePmr;
		this.accessibilite = accessibilite;
	}

	public void rattacherAuReseau(Reseau reseau) {
		this.reseau = reseau;
	}

	public Long getId() {
		return id;
	}

	public String getNom() {
		return nom;
	}

	public String getSiret() {
		return siret;
	}

	public Adresse getAdresse() {
		return adresse;
	}

	public Departement getDepartement() {
		return departement;
	}

	public TiersLieuRole getRole() {
		return role;
	}

	public Reseau getReseau() {
		return reseau;
	}

	public Set<TiersLieuTypologie> getTypologies() {
		return typologies;
	}

	public Integer getCapaciteAccueil() {
		return capaciteAccueil;
	}

	public String getEquipements() {
		return equipements;
	}

	public boolean isAccessiblePmr() {
		return accessiblePmr;
	}

	public String getAccessibilite() {
		return accessibilite;
	}

	public String getSiteWeb() {
		return siteWeb;
	}

}
