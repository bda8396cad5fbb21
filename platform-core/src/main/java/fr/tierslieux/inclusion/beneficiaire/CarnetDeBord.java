package fr.tierslieux.inclusion.beneficiaire;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.CodeCourt;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Jeton;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * Each person's carnet de bord: what they learnt, what held them back, what they wish
 * next. Written after a session by those who follow the person, or by the person through
 * a personal link or the short personal code given with it (no account): a new link
 * replaces the previous one, which stops working.
 */
@Service
@Transactional
public class CarnetDeBord {

	public static final int TEXTE_MAX = 2000;

	private final JdbcClient sql;

	private final FicheEnSql fiches;

	private final Clock clock;

	private final Duration validiteDuLien;

	CarnetDeBord(JdbcClient sql, FicheEnSql fiches, Clock clock,
			@Value("${plateforme.carnet.validite-du-lien:P90D}") Duration validiteDuLien) {
		this.sql = sql;
		this.fiches = fiches;
		this.clock = clock;
		this.validiteDuLien = validiteDuLien;
	}

	/**
	 * The person's entries the reader may see, newest first: what the person wrote, and
	 * what was written after the sessions of the referrals the reader sees (a tiers-lieu
	 * does not read what another one wrote).
	 */
	@Transactional(readOnly = true)
	public List<Entree> entrees(Perimetre qui, Long beneficiaireId) {
		return entrees(beneficiaireId, parcoursVisibles(qui, beneficiaireId));
	}

	/**
	 * The carnet as the person's page shows it: its entries and the sessions to write
	 * after.
	 */
	@Transactional(readOnly = true)
	public Carnet carnet(Perimetre qui, Long beneficiaireId) {
		List<Long> parcours = parcoursVisibles(qui, beneficiaireId);
		return new Carnet(entrees(beneficiaireId, parcours), seances(parcours));
	}

	/**
	 * The same for a person's page already read for its reader: its referrals are those
	 * the reader sees.
	 */
	@Transactional(readOnly = true)
	public Carnet carnet(BeneficiaireFiche fiche) {
		List<Long> parcours = parcours(fiche.orientations());
		return new Carnet(entrees(fiche.id(), parcours), seances(parcours));
	}

	private List<Entree> entrees(Long beneficiaireId, List<Long> parcours) {
		return sql.sql("""
				select c.id, c.acquis, c.blocages, c.souhaits, c.ecrit_par, c.ecrit_le, a.intitule, a.date_atelier
				from carnet_entree c left join atelier a on a.id = c.atelier_id
				where c.beneficiaire_id = :id and (c.atelier_id is null or a.parcours_id in (:parcours))
				order by c.id desc limit 100""")
			.param("id", beneficiaireId)
			.param("parcours", parcours)
			.query((rs, n) -> new Entree(rs.getLong("id"), rs.getString("acquis"), rs.getString("blocages"),
					rs.getString("souhaits"), rs.getString("ecrit_par"), rs.getTimestamp("ecrit_le").toInstant(),
					rs.getString("intitule"), rs.getObject("date_atelier", LocalDate.class)))
			.list();
	}

	/**
	 * The sessions of the person's parcours the reader sees, latest first, for the
	 * entry's form.
	 */
	@Transactional(readOnly = true)
	public List<SeanceSuivie> seances(Perimetre qui, Long beneficiaireId) {
		return seances(parcoursVisibles(qui, beneficiaireId));
	}

	private List<SeanceSuivie> seances(List<Long> parcours) {
		return sql.sql("""
				select a.id, a.intitule, a.date_atelier from atelier a
				where a.parcours_id in (:parcours) and a.annulee_le is null
				order by a.date_atelier desc, a.id desc limit 50""")
			.param("parcours", parcours)
			.query((rs, n) -> new SeanceSuivie(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
	}

	/**
	 * An entry written by someone who follows the person, after a session.
	 * @param atelierId the session it follows: of a referral the reader sees
	 */
	public Long ecrire(Perimetre qui, Long beneficiaireId, Long atelierId, Texte texte) {
		BeneficiaireService.verifierAcces(qui);
		if (fiches.personne(beneficiaireId, qui).isEmpty()) {
			throw new IntrouvableException("Bénéficiaire", beneficiaireId);
		}
		if (atelierId == null
				|| !sql.sql("select count(*) > 0 from atelier where id = :atelier and parcours_id in (:parcours)")
					.param("atelier", atelierId)
					.param("parcours", parcoursVisibles(qui, beneficiaireId))
					.query(Boolean.class)
					.single()) {
			throw new SaisieRefuseeException("atelier", "carnet.seanceInconnue");
		}
		return inserer(beneficiaireId, atelierId, texte, qui.identifiant());
	}

	/**
	 * The parcours of the person's referrals the reader sees, as the person's page shows
	 * them.
	 */
	private List<Long> parcoursVisibles(Perimetre qui, Long beneficiaireId) {
		return parcours(fiches.orientations(beneficiaireId, qui));
	}

	private static List<Long> parcours(List<OrientationLigne> orientations) {
		List<Long> parcours = orientations.stream().map(OrientationLigne::parcoursId).toList();
		return parcours.isEmpty() ? List.of(-1L) : parcours;
	}

	/** A new personal link for the person; the previous one stops working. */
	public LienPersonnel nouveauLien(Perimetre qui, Long beneficiaireId) {
		BeneficiaireService.verifierAcces(qui);
		if (fiches.personne(beneficiaireId, qui).isEmpty()) {
			throw new IntrouvableException("Bénéficiaire", beneficiaireId);
		}
		String jeton = Jeton.nouveau();
		String code = CodeCourt.nouveau();
		Instant expire = clock.instant().plus(validiteDuLien);
		sql.sql("""
				insert into lien_carnet (beneficiaire_id, empreinte, empreinte_code, cree_le, cree_par, expire_le)
				values (:personne, :empreinte, :code, :le, :par, :expire)
				on conflict (beneficiaire_id) do update set empreinte = excluded.empreinte,
				  empreinte_code = excluded.empreinte_code, cree_le = excluded.cree_le, cree_par = excluded.cree_par,
				  expire_le = excluded.expire_le""")
			.param("personne", beneficiaireId)
			.param("empreinte", Jeton.empreinte(jeton))
			.param("code", Jeton.empreinte(code))
			.param("le", Timestamp.from(clock.instant()))
			.param("par", qui.identifiant())
			.param("expire", Timestamp.from(expire))
			.update();
		return new LienPersonnel(jeton, CodeCourt.affiche(code), expire);
	}

	/**
	 * The person a valid personal link or code opens the carnet of: their first name
	 * only.
	 */
	@Transactional(readOnly = true)
	public Optional<String> prenomDuLien(String jeton) {
		return personneDuLien(jeton).map(PersonneDuLien::prenom);
	}

	/** The person a valid personal link or code belongs to. */
	@Transactional(readOnly = true)
	public Optional<Long> personneDuJeton(String jeton) {
		return personneDuLien(jeton).map(PersonneDuLien::id);
	}

	/** The person writes in their own carnet. */
	public void ecrireParLaPersonne(String jeton, Texte texte) {
		PersonneDuLien personne = personneDuLien(jeton).orElseThrow(() -> new IntrouvableException("carnet", null));
		inserer(personne.id(), null, texte, null);
	}

	/** The person a valid personal link or code belongs to, with their first name. */
	@Transactional(readOnly = true)
	public Optional<PersonneDuLien> personneDuLien(String jeton) {
		if (jeton == null || jeton.length() > 100) {
			return Optional.empty();
		}
		// a personal code is typed: in small letters, with a dash or a space
		String code = jeton.length() <= 10 ? CodeCourt.normaliser(jeton) : jeton;
		return sql.sql("""
				select b.id, b.prenom from lien_carnet l join beneficiaire b on b.id = l.beneficiaire_id
				where (l.empreinte = :empreinte or l.empreinte_code = :code) and l.expire_le > :maintenant""")
			.param("empreinte", Jeton.empreinte(jeton))
			.param("code", Jeton.empreinte(code))
			.param("maintenant", Timestamp.from(clock.instant()))
			.query((rs, n) -> new PersonneDuLien(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	private Long inserer(Long beneficiaireId, Long atelierId, Texte texte, String auteur) {
		String acquis = Saisie.nettoyerParagraphes(texte.acquis(), TEXTE_MAX);
		String blocages = Saisie.nettoyerParagraphes(texte.blocages(), TEXTE_MAX);
		String souhaits = Saisie.nettoyerParagraphes(texte.souhaits(), TEXTE_MAX);
		if (acquis == null && blocages == null && souhaits == null) {
			throw new SaisieRefuseeException("acquis", "carnet.vide");
		}
		return sql.sql("""
				insert into carnet_entree (beneficiaire_id, atelier_id, acquis, blocages, souhaits, ecrit_par, ecrit_le)
				values (:personne, :atelier, :acquis, :blocages, :souhaits, :par, :le) returning id""")
			.param("personne", beneficiaireId)
			.param("atelier", atelierId)
			.param("acquis", acquis)
			.param("blocages", blocages)
			.param("souhaits", souhaits)
			.param("par", auteur)
			.param("le", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	public record PersonneDuLien(Long id, String prenom) {
	}

	/** What is written: any of the three, at least one. */
	public record Texte(String acquis, String blocages, String souhaits) {
	}

	/**
	 * @param ecritPar the account, null when the person wrote it
	 */
	public record Entree(Long id, String acquis, String blocages, String souhaits, String ecritPar, Instant ecritLe,
			String seance, LocalDate dateSeance) {

		public boolean parLaPersonne() {
			return ecritPar == null;
		}

	}

	public record Carnet(List<Entree> entrees, List<SeanceSuivie> seances) {
	}

	public record SeanceSuivie(Long id, String intitule, LocalDate date) {
	}

	/**
	 * The token and the code are shown once, to be handed to the person.
	 *
	 * @param code the short personal code, as it is read (ABCD-EFGH)
	 */
	public record LienPersonnel(String jeton, String code, Instant expireLe) {
	}

}
