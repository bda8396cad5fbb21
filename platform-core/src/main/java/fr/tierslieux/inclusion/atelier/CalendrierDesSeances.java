package fr.tierslieux.inclusion.atelier;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.atelier.PlanningDesSeances.Planning;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * The sessions of a parcours as an iCalendar file (RFC 5545) that any calendar imports.
 * Times are written in UTC from the local time of the parcours' région (overseas régions
 * have their own); a session keeps its UID when moved and its SEQUENCE grows, so a
 * calendar that imported it updates it instead of adding a second one; a cancelled
 * session stays, marked CANCELLED, so it disappears from those calendars.
 */
@Component
public class CalendrierDesSeances {

	public void ecrire(Planning planning, String domaine, OutputStream sortie) {
		ecrire(List.of(planning), domaine, sortie);
	}

	/** Several parcours in one calendar: a person's. */
	public void ecrire(List<Planning> plannings, String domaine, OutputStream sortie) {
		Calendar calendrier = new Calendar().add(new ProdId("-//Tiers-lieux et inclusion numérique//Séances//FR"))
			.add(ImmutableVersion.VERSION_2_0)
			.add(ImmutableCalScale.GREGORIAN);
		for (Planning planning : plannings) {
			ZoneId zone = Fuseau.deLaRegion(planning.parcours().regionCode());
			for (Seance seance : planning.seances()) {
				VEvent evenement = new VEvent(seance.date().atTime(seance.debut()).atZone(zone).toInstant(),
						seance.date().atTime(seance.fin()).atZone(zone).toInstant(),
						seance.intitule() + " — " + planning.parcours().intitule());
				evenement.add(new Uid("seance-" + seance.id() + "@" + domaine));
				evenement.add(new Sequence((int) seance.version()));
				evenement.add(new Location(seance.lieu()));
				evenement.add(new Description(planning.parcours().tiersLieu()
						+ (seance.annulee() ? " — séance annulée : " + seance.motifAnnulation() : "")));
				evenement.add(new Status(seance.annulee() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
				calendrier.add(evenement);
			}
		}
		try {
			new CalendarOutputter().output(calendrier, sortie);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
