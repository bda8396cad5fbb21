package fr.tierslieux.inclusion.parcours;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.binome.Binome;

/** A digital-inclusion pathway run by a binôme's tiers-lieu. */
@Entity
public class Parcours {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Binome binome;

	private String intitule;

	@Enumerated(EnumType.STRING)
	private TypologieParcours typologie;

	@Enumerated(EnumType.STRING)
	private FormatParcours format;

	private BigDecimal budget;

	private String publicCible;

	private LocalDate dateDebut;

	private LocalDate dateFin;

	private int capacite;

	@Version
	private long version;

	protected Parcours() {
	}

	Parcours(Binome binome, String intitule, TypologieParcours typologie, FormatParcours format, BigDecimal budget,
			String publicCible, LocalDate dateDebut, LocalDate dateFin, int capacite) {
		if (dateFin.isBefore(dateDebut)) {
			throw new IllegalArgumentException("La fin du parcours précède son début");
		}
		if (capacite <= 0) {
			throw new IllegalArgumentException("La capacité d'un parcours est positive");
		}
		this.binome = binome;
		this.intitule = intitule;
		this.typologie = typologie;
		this.format = format;
		this.budget = budget;
		this.publicCible = publicCible;
		this.dateDebut = dateDebut;
		this.dateFin = dateFin;
		this.capacite = capacite;
	}

	public Long getId() {
		return id;
	}

	public Binome getBinome() {
		return binome;
	}

	public String getIntitule() {
		return intitule;
	}

	public TypologieParcours getTypologie() {
		return typologie;
	}

	public FormatParcours getFormat() {
		return format;
	}

	public BigDecimal getBudget() {
		return budget;
	}

	public String getPublicCible() {
		return publicCible;
	}

	public LocalDate getDateDebut() {
		return dateDebut;
	}

	public LocalDate getDateFin() {
		return dateFin;
	}

	public int getCapacite() {
		return capacite;
	}

}
