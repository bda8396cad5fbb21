package fr.tierslieux.inclusion.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * French formats for the templates ({@code ${@formats.heures(m)}}): 23/11/2026, 14 h 30,
 * 1 234, 5 000 €, 355 h.
 */
@Component("formats")
public class Formats {

	private static final Locale FR = Locale.FRANCE;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FR);

	private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", FR);

	private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEEE d MMMM", FR);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** An instant as a person in France reads it: {@code 23/11/2026 à 14 h 30}. */
	public String dateHeure(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime aParis = instant.atZone(PARIS);
		return date(aParis.toLocalDate()) + " à " + heure(aParis.toLocalTime().withSecond(0).withNano(0));
	}

	/** {@code mars 2027} */
	public String mois(YearMonth mois) {
		return MOIS.format(mois);
	}

	/** {@code mardi 2 mars} */
	public String jour(LocalDate date) {
		return date == null ? "" : JOUR.format(date);
	}

	public String heure(LocalTime heure) {
		if (heure == null) {
			return "";
		}
		return heure.getMinute() == 0 ? heure.getHour() + " h"
				: String.format(FR, "%d h %02d", heure.getHour(), heure.getMinute());
	}

	public String nombre(long nombre) {
		return NumberFormat.getIntegerInstance(FR).format(nombre);
	}

	/** A duration in minutes as hours: {@code 355 h}, {@code 3 h 15}. */
	public String heures(long minutes) {
		long heures = minutes / 60;
		long reste = minutes % 60;
		return reste == 0 ? nombre(heures) + " h" : String.format(FR, "%s h %02d", nombre(heures), reste);
	}

	/** A file's size: {@code 820 octets}, {@code 12,3 ko}, {@code 171,2 Mo}. */
	public String taille(long octets) {
		if (octets < 1000) {
			return octets + " octets";
		}
		double ko = octets / 1000.0;
		return ko < 1000 ? String.format(FR, "%.1f ko", ko) : String.format(FR, "%.1f Mo", ko / 1000);
	}

	/** Seconds with one decimal: {@code 2,4 s}. */
	public String secondes(java.time.Duration duree) {
		return duree == null ? "" : String.format(FR, "%.1f s", duree.toMillis() / 1000.0);
	}

	public String euros(BigDecimal montant) {
		if (montant == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(FR);
		if (montant.stripTrailingZeros().scale() <= 0) {
			format.setMaximumFractionDigits(0);
		}
		return format.format(montant);
	}

}
