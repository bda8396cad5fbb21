package fr.tierslieux.inclusion.beneficiaire;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.beneficiaire.OrientationDUnePersonne.ParcoursOuvert;
import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.CodeCourt;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * Referring without personal data: the counsellor hands the person a voucher (a short
 * code and a QR code, valid two months); the person brings it to the tiers-lieu, whose
 * facilitator registers them with the code. Only then is a person recorded and the
 * referral made, accepted if a seat is free, else on the waitlist. A code is used once;
 * an unknown, used, expired or other tiers-lieu's code gets the same answer.
 */
@Service
@Transactional
public class BonsDOrientation {

	/** No 0/O, 1/I/L: read aloud or copied from paper without doubt. */
	static final Period VALIDITE = Period.ofMonths(2);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient sql;

	private final OrientationDUnePersonne orientation;

	private final OrientationService orientations;

	private final Clock clock;

	BonsDOrientation(JdbcClient sql, OrientationDUnePersonne orientation, OrientationService orientations,
			Clock clock) {
		this.sql = sql;
		this.orientation = orientation;
		this.orientations = orientations;
		this.clock = clock;
	}

	/** A new voucher for a parcours of the counsellor's binôme. */
	public Bon creer(Perimetre qui, Long auteurId, Long parcoursId) {
		ParcoursOuvert parcours = orientation.parcours(qui, parcoursId);
		Long agence = qui.agences().contains(parcours.agenceId()) ? parcours.agenceId()
				: qui.agences().iterator().next();
		String code = CodeCourt.nouveau();
		LocalDate jusquau = LocalDate.now(clock.withZone(PARIS)).plus(VALIDITE);
		Long id = sql.sql("""
				insert into bon_orientation (code, parcours_id, agence_id, cree_par_id, cree_le, valable_jusqu)
				values (:code, :parcours, :agence, :auteur, :le, :jusquau) returning id""")
			.param("code", code)
			.param("parcours", parcoursId)
			.param("agence", agence)
			.param("auteur", auteurId)
			.param("le", Timestamp.from(clock.instant()))
			.param("jusquau", jusquau)
			.query(Long.class)
			.single();
		return bon(qui, id);
	}

	/** A voucher the counsellor's agence made. */
	@Transactional(readOnly = true)
	public Bon bon(Perimetre qui, Long id) {
		return sql.sql(SELECT + " where b.id = :id and b.agence_id in (:agences)")
			.param("id", id)
			.param("agences", qui.agencesOuAucune())
			.query(BonsDOrientation::bon)
			.optional()
			.orElseThrow(() -> new IntrouvableException("bon", id));
	}

	/**
	 * The voucher a facilitator is shown, if it is valid for a parcours of their
	 * tiers-lieu.
	 * @throws SaisieRefuseeException (field {@code code}) otherwise, whatever the reason
	 */
	@Transactional(readOnly = true)
	public Bon aAccueillir(Perimetre qui, String code) {
		if (qui.tiersLieux().isEmpty()) {
			throw new AccesRefuseException("seuls les tiers-lieux accueillent avec un bon");
		}
		String propre = CodeCourt.normaliser(code);
		return LectureDesBinomes.perimetre(sql.sql(SELECT + """
				 join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
				where b.code = :code and b.utilise_le is null and b.valable_jusqu >= :aujourdhui
				and bi.tiers_lieu_id in (:tiersLieux) and """ + " " + LectureDesBinomes.DANS_LE_PERIMETRE), qui)
			.param("code", propre)
			.param("aujourdhui", LocalDate.now(clock.withZone(PARIS)))
			.query(BonsDOrientation::bon)
			.optional()
			.orElseThrow(() -> new SaisieRefuseeException("code", "bon.inconnu"));
	}

	/**
	 * Registers the person who brought the voucher and refers them: accepted if a seat is
	 * free, else on the waitlist.
	 * @return the person
	 */
	public Long accueillir(Perimetre qui, String code, PersonneAOrienter personne) {
		Bon bon = aAccueillir(qui, code);
		sql.sql("select id from bon_orientation where id = :id for update")
			.param("id", bon.id())
			.query(Long.class)
			.single();
		if (sql.sql("select utilise_le is not null from bon_orientation where id = :id")
			.param("id", bon.id())
			.query(Boolean.class)
			.single()) {
			throw new ConflitException("conflit.bonUtilise");
		}
		orientation.verifier(personne);
		Long beneficiaire = orientation.enregistrer(bon.agenceId(), bon.creeParId(), personne);
		Long orientationId = orientations.orienter(qui, bon.creeParId(), beneficiaire, bon.parcoursId(), null);
		boolean place = sql.sql("""
				select count(*) < max(p.capacite) from parcours p left join orientation o on o.parcours_id = p.id
				and o.statut in ('ACCEPTEE', 'EN_PARCOURS') where p.id = :id""")
			.param("id", bon.parcoursId())
			.query(Boolean.class)
			.single();
		orientations.changerStatut(qui, orientationId, 0,
				place ? OrientationStatut.ACCEPTEE : OrientationStatut.EN_LISTE_ATTENTE, "Venue avec un bon");
		sql.sql("update bon_orientation set utilise_le = :le, orientation_id = :orientation where id = :id")
			.param("le", Timestamp.from(clock.instant()))
			.param("orientation", orientationId)
			.param("id", bon.id())
			.update();
		return beneficiaire;
	}

	/** Upper case, without the blanks and dashes people type. */
	private static final String SELECT = """
			select b.id, b.code, b.parcours_id, b.agence_id, b.cree_par_id, b.valable_jusqu, b.utilise_le is not null
			       as utilise, p.intitule, p.date_debut, p.date_fin, t.nom as tiers_lieu, t.adresse, t.code_postal,
			       t.commune
			from bon_orientation b join parcours p on p.id = b.parcours_id
			join binome bo on bo.id = p.binome_id join tiers_lieu t on t.id = bo.tiers_lieu_id""";

	private static Bon bon(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Bon(rs.getLong("id"), rs.getString("code"), rs.getLong("parcours_id"), rs.getLong("agence_id"),
				rs.getLong("cree_par_id"), rs.getObject("valable_jusqu", LocalDate.class), rs.getBoolean("utilise"),
				rs.getString("intitule"), rs.getObject("date_debut", LocalDate.class),
				rs.getObject("date_fin", LocalDate.class), rs.getString("tiers_lieu"), rs.getString("adresse"),
				rs.getString("code_postal"), rs.getString("commune"));
	}

	/** A voucher, with what the person needs to find the parcours. */
	public record Bon(Long id, String code, Long parcoursId, Long agenceId, Long creeParId, LocalDate valableJusquAu,
			boolean utilise, String parcours, LocalDate debut, LocalDate fin, String tiersLieu, String adresse,
			String codePostal, String commune) {

		/** {@code K7MQ-4X2P}: the code as printed, in two groups. */
		public String codeLisible() {
			return code.substring(0, 4) + "-" + code.substring(4);
		}

	}

}
