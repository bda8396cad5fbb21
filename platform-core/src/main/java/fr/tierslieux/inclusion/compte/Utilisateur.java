package fr.tierslieux.inclusion.compte;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.annuaire.Agence;
import fr.tierslieux.inclusion.annuaire.TiersLieu;
import fr.tierslieux.inclusion.territoire.Region;

/**
 * An account: an identifier (e-mail), a hashed password, one role and its rattachements.
 */
@Entity
public class Utilisateur {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String identifiant;

	private String nomAffiche;

	private String motDePasse;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean actif = true;

	private Instant creeLe;

	/** Written by the nightly job only, in SQL ({@link ConservationDesComptes}). */
	@Column(insertable = false, updatable = false)
	private Instant anonymiseLe;

	@OneToMany(mappedBy = "utilisateur", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Rattachement> rattachements = new ArrayList<>();

	@Version
	private long version;

	protected Utilisateur() {
	}

	/**
	 * @param motDePasseEncode already hashed by the delegating password encoder
	 */
	Utilisateur(String identifiant, String nomAffiche, String motDePasseEncode, Role role, Instant creeLe) {
		this.identifiant = identifiant.trim().toLowerCase(Locale.ROOT);
		this.nomAffiche = nomAffiche;
		this.motDePasse = motDePasseEncode;
		this.role = role;
		this.creeLe = creeLe;
	}

	Utilisateur rattacherA(Region region) {
		rattachements.add(Rattachement.region(this, region));
		return this;
	}

	Utilisateur rattacherA(Agence agence) {
		rattachements.add(Rattachement.agence(this, agence));
		return this;
	}

	Utilisateur rattacherA(TiersLieu tiersLieu) {
		rattachements.add(Rattachement.tiersLieu(this, tiersLieu));
		return this;
	}

	void changerActif(boolean actif) {
		this.actif = actif;
	}

	/** Another role leaves the structures of the former one. */
	void changerRole(Role role) {
		this.role = role;
		rattachements.clear();
	}

	public Long getId() {
		return id;
	}

	public String getIdentifiant() {
		return identifiant;
	}

	public String getNomAffiche() {
		return nomAffiche;
	}

	public String getMotDePasse() {
		return motDePasse;
	}

	public Role getRole() {
		return role;
	}

	public boolean isActif() {
		return actif;
	}

	/** Anonymised a year after its deactivation: it is not enabled again. */
	public boolean estAnonyme() {
		return anonymiseLe != null;
	}

	public Instant getCreeLe() {
		return creeLe;
	}

	public long getVersion() {
		return version;
	}

	public List<Rattachement> getRattachements() {
		return rattachements;
	}

}
