package fr.tierslieux.inclusion.droits;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.PerimetreSql;
import fr.tierslieux.inclusion.courrier.Notifications;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * How long a person's record is kept: two years after their last contact with the
 * programme (kept by the database, see V39), then it is anonymised. Their counsellor is
 * told 30 days before, once for each stretch without contact, and may note a contact if
 * the person is still followed.
 */
@Service
@Transactional(readOnly = true)
public class Conservation {

	/** Without contact for this long, a record is anonymised. */
	public static final Period DUREE = Period.ofYears(2);

	/** The counsellor is told this long before. */
	public static final Period PREAVIS = Period.ofDays(30);

	/** The author the audit trail and the referrals closed name for the nightly work. */
	static final String PLATEFORME = "plateforme";

	/** Records anonymised in one transaction. */
	static final int LOT = 500;

	private final JdbcClient sql;

	private final Anonymisation anonymisation;

	private final OrientationService orientations;

	private final BeneficiaireService beneficiaires;

	private final Notifications notifications;

	private final AuditService audit;

	Conservation(JdbcClient sql, Anonymisation anonymisation, OrientationService orientations,
			BeneficiaireService beneficiaires, Notifications notifications, AuditService audit) {
		this.sql = sql;
		this.anonymisation = anonymisation;
		this.orientations = orientations;
		this.beneficiaires = beneficiaires;
		this.notifications = notifications;
		this.audit = audit;
	}

	/** The day a record without contact since that day is anonymised. */
	public static LocalDate anonymisationLe(LocalDate dernierContact) {
		return dernierContact.plus(DUREE);
	}

	/**
	 * Tells each counsellor how many of the people they follow will be anonymised within
	 * 30 days (the agence's accounts when the counsellor is gone); nobody is named in the
	 * mail.
	 * @return the accounts told
	 */
	@Transactional
	public int prevenir(Instant maintenant) {
		LocalDate jour = jour(maintenant);
		record AAnnoncer(Long id, Long agence, String conseiller) {
		}
		List<AAnnoncer> dues = sql.sql("""
				select b.id, b.agence_id, u.identifiant from beneficiaire b
				left join utilisateur u on u.id = b.conseiller_id and u.actif
				where b.anonymisee_le is null and b.dernier_contact_le <= :seuil and b.dernier_contact_le > :echue
				and (b.conservation_avis_le is null or b.conservation_avis_le < b.dernier_contact_le)
				order by b.dernier_contact_le, b.id""")
			.param("seuil", seuilDAvis(jour))
			// those anonymised tonight are not told "in 30 days" (the night after a long
			// stop)
			.param("echue", jour.minus(DUREE))
			.query((rs, n) -> new AAnnoncer(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
		Map<String, Integer> parDestinataire = new LinkedHashMap<>();
		Map<Long, List<String>> agences = new LinkedHashMap<>();
		for (AAnnoncer due : dues) {
			List<String> destinataires = due.conseiller() != null ? List.of(due.conseiller())
					: agences.computeIfAbsent(due.agence(), notifications::adressesDeLAgence);
			destinataires.forEach(d -> parDestinataire.merge(d, 1, Integer::sum));
		}
		parDestinataire.forEach((destinataire, nombre) -> notifications.apresValidation(List.of(destinataire),
				"Fiches bientôt rendues anonymes", """
						Bonjour,

						%d personne(s) que vous suivez n'ont eu aucun contact avec le programme depuis bientôt \
						deux ans : leur fiche sera rendue anonyme dans 30 jours (nom et coordonnées effacés, \
						seuls les chiffres restent). Si vous suivez encore l'une d'elles, notez un contact sur la \
						plateforme, page « Données personnelles » ; sinon, vous n'avez rien à faire.
						""".formatted(nombre)));
		if (!dues.isEmpty()) {
			sql.sql("update beneficiaire set conservation_avis_le = :jour where id = any(:ids)")
				.param("jour", jour)
				.param("ids", dues.stream().map(AAnnoncer::id).toArray(Long[]::new))
				.update();
		}
		return parDestinataire.size();
	}

	/**
	 * Anonymises a batch of the records two years without contact, oldest first, after
	 * closing their open referrals; each is written to the audit trail.
	 * @return how many: less than {@link #LOT} when none is left
	 */
	@Transactional
	public int anonymiserUnLot(Instant maintenant) {
		List<Long> echues = sql.sql("""
				select id from beneficiaire where anonymisee_le is null and dernier_contact_le <= :seuil
				order by dernier_contact_le, id limit :lot for update skip locked""")
			.param("seuil", jour(maintenant).minus(DUREE))
			.param("lot", LOT)
			.query(Long.class)
			.list();
		if (echues.isEmpty()) {
			return 0;
		}
		orientations.arreterCellesDe(echues, PLATEFORME, MotifEffacement.CONSERVATION.raison());
		anonymisation.anonymiser(echues, MotifEffacement.CONSERVATION, maintenant);
		audit.journaliserChacun(PLATEFORME, MotifEffacement.CONSERVATION.action(), DroitsDesPersonnes.OBJET, echues);
		return echues.size();
	}

	/**
	 * The people the reader's agences follow whose record is anonymised within 30 days,
	 * the soonest first.
	 */
	public Tranche<FicheSansContact> bientotAnonymisees(Perimetre qui, Instant maintenant, Curseur curseur) {
		DroitsDesPersonnes.verifierRole(qui);
		String depuis = """
				from beneficiaire b join agence a on a.id = b.agence_id join departement d on d.code = a.departement_code
				left join utilisateur u on u.id = b.conseiller_id
				where b.anonymisee_le is null and b.dernier_contact_le <= :seuil and\s"""
				+ PerimetreSql.AGENCE_DE_LA_PERSONNE;
		String sens = curseur.enArriere() ? " desc" : "";
		String repere = curseur.repere() == null ? ""
				: " and (b.dernier_contact_le, b.id) " + (curseur.enArriere() ? "<" : ">")
						+ " (select dernier_contact_le, id from beneficiaire where id = :repere)";
		LocalDate seuil = seuilDAvis(jour(maintenant));
		List<FicheSansContact> lignes = PerimetreSql.lier(sql.sql("""
				select b.id, b.prenom, b.nom, a.nom as agence, u.nom_affiche as conseiller, b.dernier_contact_le
				\s""" + depuis + repere + " order by b.dernier_contact_le" + sens + ", b.id" + sens + " limit :lire"),
				qui)
			.param("seuil", seuil)
			.param("repere", curseur.repere())
			.param("lire", curseur.taille() + 1)
			.query((rs, n) -> new FicheSansContact(rs.getLong("id"), rs.getString("prenom"), rs.getString("nom"),
					rs.getString("agence"), rs.getString("conseiller"),
					rs.getObject("dernier_contact_le", LocalDate.class)))
			.list();
		return Tranche.lue(lignes, curseur,
				Comptage.de(curseur, lignes.size(),
						() -> PerimetreSql.lier(sql.sql(Comptage.requete("select b.id " + depuis)), qui)
							.param("seuil", seuil)
							.query(Long.class)
							.single()),
				FicheSansContact::id);
	}

	/**
	 * The person is still followed: their last contact is today, and their record is kept
	 * two more years.
	 * @throws IntrouvableException unless the reader sees the person
	 */
	@Transactional
	public void noterUnContact(Perimetre qui, Long id, Instant maintenant) {
		if (!beneficiaires.visible(qui, id)) {
			throw new IntrouvableException("Bénéficiaire", id);
		}
		sql.sql("""
				update beneficiaire set dernier_contact_le = :jour
				where id = :id and anonymisee_le is null and dernier_contact_le < :jour""")
			.param("jour", jour(maintenant))
			.param("id", id)
			.update();
		audit.journaliser(qui.identifiant(), "CONTACT_NOTE", DroitsDesPersonnes.OBJET, id);
	}

	private static LocalDate seuilDAvis(LocalDate jour) {
		return jour.plus(PREAVIS).minus(DUREE);
	}

	static LocalDate jour(Instant maintenant) {
		return maintenant.atZone(Fuseau.METROPOLE).toLocalDate();
	}

	/**
	 * A person whose record is anonymised on {@link #anonymiseeLe()}.
	 */
	public record FicheSansContact(Long id, String prenom, String nom, String agence, String conseiller,
			LocalDate dernierContactLe) {

		public LocalDate anonymiseeLe() {
			return anonymisationLe(dernierContactLe);
		}

	}

}
