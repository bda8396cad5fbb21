package fr.tierslieux.inclusion.kit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test sets and moves on by hand. */
public class HorlogeDeTest extends Clock {

	private volatile Instant maintenant;

	public HorlogeDeTest(Instant depart) {
		this.maintenant = depart;
	}

	public void regler(Instant instant) {
		this.maintenant = instant;
	}

	public void avancer(Duration duree) {
		this.maintenant = maintenant.plus(duree);
	}

	@Override
	public Instant instant() {
		return maintenant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
