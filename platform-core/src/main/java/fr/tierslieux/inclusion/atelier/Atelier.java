package fr.tierslieux.inclusion.atelier;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.parcours.Parcours;

/**
 * One session of a parcours. Date and hours are wall-clock times in Europe/Paris; the
 * database derives the duration, which the figures add up.
 */
@Entity
public class Atelier {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Parcours parcours;

	private String intitule;

	@Column(name = "date_atelier")
	private LocalDate date;

	private LocalTime heureDebut;

	private LocalTime heureFin;

	private String lieu;

	@Enumerated(EnumType.STRING)
	private TypeAtelier type;

	@Version
	private long version;

	protected Atelier() {
	}

	Atelier(Parcours parcours, String intitule, LocalDate date, LocalTime heureDebut, LocalTime heureFin, String lieu,
			TypeAtelier type) {
		if (!heureFin.isAfter(heureDebut)) {
			throw new IllegalArgumentException("Un atelier finit après avoir commencé");
		}
		this.parcours = parcours;
		this.intitule = intitule;
		this.date = date;
		this.heureDebut = heureDebut;
		this.heureFin = heureFin;
		this.lieu = lieu;
		this.type = type;
	}

	public Long getId() {
		return id;
	}

	public Parcours getParcours() {
		return parcours;
	}

	public String getIntitule() {
		return intitule;
	}

	public LocalDate getDate() {
		return date;
	}

	public LocalTime getHeureDebut() {
		return heureDebut;
	}

	public LocalTime getHeureFin() {
		return heureFin;
	}

	public String getLieu() {
		return lieu;
	}

	public TypeAtelier getType() {
		return type;
	}

}
