package fr.tierslieux.inclusion.binome;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.territoire.Region;

/** A wave of parcours in one région, over a period, with its budget envelope. */
@Entity
public class Vague {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String nom;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_code")
	private Region region;

	private LocalDate debut;

	private LocalDate fin;

	private BigDecimal enveloppeBudget;

	@Version
	private long version;

	protected Vague() {
	}

	Vague(String nom, Region region, LocalDate debut, LocalDate fin, BigDecimal enveloppeBudget) {
		if (fin.isBefore(debut)) {
			throw new IllegalArgumentException("La fin de la vague précède son début");
		}
		this.nom = nom;
		this.region = region;
		this.debut = debut;
		this.fin = fin;
		this.enveloppeBudget = enveloppeBudget;
	}

	public Long getId() {
		return id;
	}

	public String getNom() {
		return nom;
	}

	public Region getRegion() {
		return region;
	}

	public LocalDate getDebut() {
		return debut;
	}

	public LocalDate getFin() {
		return fin;
	}

	public BigDecimal getEnveloppeBudget() {
		return enveloppeBudget;
	}

}
