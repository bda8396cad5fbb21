package fr.tierslieux.inclusion.beneficiaire;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.TransitionRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.parcours.ParcoursService;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * Referrals and their workflow. Every change checks, in this order: the referral is in
 * the caller's perimeter (else not found), nobody changed it since the caller saw it and
 * the workflow allows the change (else conflict), the caller's role may make it (else
 * refused).
 */
@Service
@Transactional
public class OrientationService {

	public static final int MOTIF_MAX = 500;

	/** The author of a move the platform makes itself (a waitlist promotion). */
	static final String PROMOTION = "plateforme";

	/** A referral the person may still take part in. */
	static final Set<OrientationStatut> OUVERTES = EnumSet.of(OrientationStatut.PROPOSEE, OrientationStatut.ACCEPTEE,
			OrientationStatut.EN_LISTE_ATTENTE, OrientationStatut.EN_PARCOURS);

	private final OrientationRepository orientations;

	private final BeneficiaireService beneficiaires;

	private final ParcoursService parcours;

	private final CompteService comptes;

	private final PlacesDuParcours places;

	private final Clock clock;

	OrientationService(OrientationRepository orientations, BeneficiaireService beneficiaires, ParcoursService parcours,
			CompteService comptes, PlacesDuParcours places, Clock clock) {
		this.places = places;
		this.orientations = orientations;
		this.beneficiaires = beneficiaires;
		this.parcours = parcours;
		this.comptes = comptes;
		this.clock = clock;
	}

	/**
	 * Refers a person to a parcours, proposed.
	 * @param orienteeLe when the counsellor made the referral (now, unless it is being
	 * recorded afterwards)
	 */
	public Long orienter(Perimetre qui, Long auteurId, Long beneficiaireId, Long parcoursId, Instant orienteeLe) {
		return orientations.save(new Orientation(beneficiaires.reference(beneficiaireId), parcours.parcours(parcoursId),
				comptes.utilisateur(auteurId), qui.identifiant(), orienteeLe == null ? clock.instant() : orienteeLe))
			.getId();
	}

	/**
	 * Moves a referral to another status.
	 * @param version the version the caller saw
	 * @param motif why (a refusal's or an abandon's reason), optional
	 * @throws IntrouvableException outside the caller's perimeter
	 * @throws AccesRefuseException if the caller's role may not make this change
	 * @throws ConflitException if the referral changed since, or the workflow refuses
	 */
	public void changerStatut(Perimetre qui, Long orientationId, long version, OrientationStatut vers, String motif) {
		BeneficiaireService.verifierAcces(qui);
		Orientation orientation = orientations.findDansPerimetre(orientationId, qui)
			.orElseThrow(() -> new IntrouvableException("Orientation", orientationId));
		ConflitException.verifierVersion(version, orientation.getVersion());
		if (!orientation.getStatut().peutPasserA(vers)) {
			throw new TransitionRefuseeException("orientation." + orientation.getStatut(), "orientation." + vers);
		}
		boolean duBinome = orientations.estDuBinome(orientationId, qui);
		if (!OrientationPermissions.statutsPossibles(qui.role(), orientation.getStatut(), duBinome).contains(vers)) {
			throw new AccesRefuseException("Ce changement de statut revient au binôme qui mène le parcours");
		}
		Long parcoursId = orientation.getParcours().getId();
		OrientationStatut avant = orientation.getStatut();
		if (vers == OrientationStatut.ACCEPTEE) {
			long[] occupation = places.occupation(parcoursId);
			if (occupation[0] >= occupation[1]) {
				throw new ConflitException("conflit.parcoursComplet", occupation[1]);
			}
		}
		String raison = Saisie.nettoyer(motif, MOTIF_MAX);
		orientation.passerA(vers, qui.identifiant(), raison.isEmpty() ? null : raison, clock.instant());
		ConflitException.auFlush(orientations::flush);
		places.prevenirDeLaDecision(orientationId, vers);
		if (vers == OrientationStatut.ABANDON
				&& (avant == OrientationStatut.ACCEPTEE || avant == OrientationStatut.EN_PARCOURS)) {
			promouvoir(parcoursId);
		}
	}

	/**
	 * Closes every open referral of people whose records are being erased, as given up;
	 * the seats freed in a parcours not yet over go to its waiting list (a parcours that
	 * ended long ago, where a record kept too long sat, promotes nobody).
	 * @param auteur who erases (the platform, for records kept too long)
	 * @return the referrals closed
	 */
	public int arreterCellesDe(Collection<Long> beneficiaires, String auteur, String motif) {
		List<Orientation> ouvertes = orientations.findOuvertes(beneficiaires, OUVERTES);
		LocalDate aujourdhui = LocalDate.now(clock.withZone(Fuseau.METROPOLE));
		for (Orientation orientation : ouvertes) {
			boolean occupaitUnePlace = (orientation.getStatut() == OrientationStatut.ACCEPTEE
					|| orientation.getStatut() == OrientationStatut.EN_PARCOURS)
					&& !orientation.getParcours().getDateFin().isBefore(aujourdhui);
			orientation.arreter(auteur, motif, clock.instant());
			ConflitException.auFlush(orientations::flush);
			if (occupaitUnePlace) {
				promouvoir(orientation.getParcours().getId());
			}
		}
		return ouvertes.size();
	}

	/**
	 * A seat freed: the referral that waited longest takes it, and its counsellor is
	 * told.
	 */
	private void promouvoir(Long parcoursId) {
		long[] occupation = places.occupation(parcoursId);
		if (occupation[0] >= occupation[1]) {
			return;
		}
		places.premiereEnAttente(parcoursId).ifPresent(id -> {
			Orientation suivante = orientations.findById(id).orElseThrow();
			suivante.passerA(OrientationStatut.ACCEPTEE, PROMOTION, "Une place s'est libérée", clock.instant());
			ConflitException.auFlush(orientations::flush);
			places.prevenirDeLaDecision(id, OrientationStatut.ACCEPTEE);
		});
	}

}
