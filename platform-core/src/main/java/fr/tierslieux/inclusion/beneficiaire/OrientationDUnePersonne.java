package fr.tierslieux.inclusion.beneficiaire;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.administration.NoticesDInformation;
import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/**
 * A counsellor refers a job seeker to a parcours of their binôme: a person of the agence
 * already known, or a new one with the least data the tiers-lieu needs and their consent.
 * A person who looks like one already known, in this agence or another, is never created
 * silently: the counsellor is shown who and chooses.
 */
@Service
@Transactional(readOnly = true)
public class OrientationDUnePersonne {

	/** Trigram similarity above which two names are taken for the same. */
	static final double NOM_PROCHE = 0.5;

	private static final String ACCENTUEES = "àâäáãéèêëíìîïóòôöõúùûüçñÿ";

	private static final String NON_ACCENTUEES = "aaaaaeeeeiiiiooooouuuucny";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient sql;

	private final BeneficiaireService beneficiaires;

	private final OrientationService orientations;

	private final Clock clock;

	private final NoticesDInformation notices;

	OrientationDUnePersonne(JdbcClient sql, BeneficiaireService beneficiaires, OrientationService orientations,
			Clock clock, NoticesDInformation notices) {
		this.notices = notices;
		this.sql = sql;
		this.beneficiaires = beneficiaires;
		this.orientations = orientations;
		this.clock = clock;
	}

	/**
	 * The parcours a counsellor refers to, with its seats.
	 * @throws AccesRefuseException for any other role
	 * @throws IntrouvableException outside the counsellor's binômes
	 */
	public ParcoursOuvert parcours(Perimetre qui, Long parcoursId) {
		if (qui.role() != Role.CONSEILLER) {
			throw new AccesRefuseException("seuls les conseillers orientent des personnes");
		}
		return LectureDesBinomes.perimetre(sql.sql("""
				select p.id, p.intitule, p.capacite, p.date_debut, p.date_fin, bi.agence_id, t.nom as tiers_lieu,
				       (select count(*) from orientation o where o.parcours_id = p.id
				        and o.statut in ('ACCEPTEE', 'EN_PARCOURS')) as occupees
				from parcours p join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
				join tiers_lieu t on t.id = bi.tiers_lieu_id
				where p.id = :id and """ + " " + LectureDesBinomes.DANS_LE_PERIMETRE), qui)
			.param("id", parcoursId)
			.query((rs, n) -> new ParcoursOuvert(rs.getLong("id"), rs.getString("intitule"), rs.getString("tiers_lieu"),
					rs.getObject("date_debut", LocalDate.class), rs.getObject("date_fin", LocalDate.class),
					rs.getInt("capacite"), rs.getLong("occupees"), rs.getLong("agence_id")))
			.optional()
			.orElseThrow(() -> new IntrouvableException("parcours", parcoursId));
	}

	/**
	 * People already known who may be this one: a close name (trigrams) with the same
	 * birth year when both are known, or the same e-mail address or telephone. Another
	 * agence's people are named by their agence only.
	 */
	public List<Ressemblance> ressemblances(Perimetre qui, PersonneAOrienter personne) {
		List<String> conditions = new ArrayList<>();
		conditions.add("(lower(b.nom) % lower(:nom) and similarity(" + colonneSansAccents("b.nom")
				+ ", :nomSansAccents) >= " + NOM_PROCHE + " and similarity(" + colonneSansAccents("b.prenom")
				+ ", :prenomSansAccents) >= " + NOM_PROCHE + (personne.anneeNaissance() == null ? ""
						: " and (b.annee_naissance is null or b.annee_naissance = :annee)")
				+ ")");
		String email = Saisie.nettoyer(personne.email(), 200).toLowerCase(Locale.ROOT);
		String telephone = Identite.chiffres(personne.telephone());
		if (!email.isEmpty()) {
			conditions.add("lower(b.email) = :email");
		}
		if (!telephone.isEmpty()) {
			conditions.add("b.telephone = :telephone");
		}
		JdbcClient.StatementSpec requete = sql
			.sql("""
					select b.id, b.prenom, b.nom, b.annee_naissance, b.agence_id, a.nom as agence
					from beneficiaire b join agence a on a.id = b.agence_id
					where b.anonymisee_le is null and (""" + String.join(" or ", conditions)
					+ ") order by b.nom, b.prenom, b.id limit 10")
			.param("nom", Saisie.nettoyer(personne.nom(), 100))
			.param("nomSansAccents", sansAccents(Saisie.nettoyer(personne.nom(), 100)))
			.param("prenomSansAccents", sansAccents(Saisie.nettoyer(personne.prenom(), 100)));
		if (personne.anneeNaissance() != null) {
			requete = requete.param("annee", personne.anneeNaissance());
		}
		if (!email.isEmpty()) {
			requete = requete.param("email", email);
		}
		if (!telephone.isEmpty()) {
			requete = requete.param("telephone", telephone);
		}
		return requete.query((rs, n) -> {
			boolean mienne = qui.agences().contains(rs.getLong("agence_id"));
			return new Ressemblance(mienne ? rs.getLong("id") : null, mienne ? rs.getString("prenom") : null,
					mienne ? rs.getString("nom") : null, mienne ? rs.getObject("annee_naissance", Integer.class) : null,
					rs.getString("agence"));
		}).list();
	}

	/**
	 * Refers a person of the agence already known.
	 * @throws ConflitException if they are already referred to this parcours and not done
	 */
	@Transactional
	public Long orienterConnue(Perimetre qui, Long auteurId, Long parcoursId, Long personneId) {
		ParcoursOuvert parcours = parcours(qui, parcoursId);
		sql.sql("select agence_id from beneficiaire where id = :id and anonymisee_le is null")
			.param("id", personneId)
			.query(Long.class)
			.optional()
			.filter(qui.agences()::contains)
			.orElseThrow(() -> new IntrouvableException("bénéficiaire", personneId));
		boolean dejaOrientee = sql.sql("""
				select count(*) > 0 from orientation where beneficiaire_id = :personne and parcours_id = :parcours
				and statut in ('PROPOSEE', 'ACCEPTEE', 'EN_LISTE_ATTENTE', 'EN_PARCOURS')""")
			.param("personne", personneId)
			.param("parcours", parcours.id())
			.query(Boolean.class)
			.single();
		if (dejaOrientee) {
			throw new ConflitException("conflit.dejaOrientee");
		}
		orientations.orienter(qui, auteurId, personneId, parcours.id(), null);
		return personneId;
	}

	/**
	 * Records a new person of the counsellor's agence and refers them.
	 * @param autrePersonne the counsellor confirmed that the people who look alike are
	 * others
	 * @throws DoublonPossibleException when people look alike and nothing was confirmed
	 * @throws SaisieRefuseeException for a field the form must correct
	 */
	@Transactional
	public Long orienterNouvelle(Perimetre qui, Long auteurId, Long parcoursId, PersonneAOrienter personne,
			boolean autrePersonne) {
		ParcoursOuvert parcours = parcours(qui, parcoursId);
		verifier(personne);
		if (!autrePersonne) {
			List<Ressemblance> ressemblances = ressemblances(qui, personne);
			if (!ressemblances.isEmpty()) {
				throw new DoublonPossibleException(ressemblances);
			}
		}
		Long agence = qui.agences().contains(parcours.agenceId()) ? parcours.agenceId()
				: qui.agences().iterator().next();
		Long id = enregistrer(agence, auteurId, personne);
		orientations.orienter(qui, auteurId, id, parcours.id(), null);
		return id;
	}

	/**
	 * Records a person of the agence, followed by the counsellor, as the form describes
	 * them (checked by {@link #verifier}).
	 */
	Long enregistrer(Long agence, Long conseillerId, PersonneAOrienter personne) {
		Identite identite = personne.identite();
		Long id = beneficiaires.enregistrer(agence, conseillerId, identite.nomPropre(), identite.prenomPropre(),
				identite.emailPropre(), identite.telephonePropre(), personne.profil(), personne.avecPrerequis(),
				personne.dateConsentement());
		String resultat = Saisie.nettoyer(personne.diagnosticResultat(), 100);
		sql.sql("""
				update beneficiaire set identifiant_ft = :identifiant, annee_naissance = :annee,
				       diagnostic_outil = :outil, diagnostic_resultat = :resultat, version_notice = :notice
				where id = :id""")
			.param("id", id)
			.param("identifiant", identite.identifiantPropre())
			.param("annee", personne.anneeNaissance())
			.param("outil", personne.diagnosticOutil() == null ? null : personne.diagnosticOutil().name())
			.param("resultat", resultat.isEmpty() ? null : resultat)
			.param("notice", personne.versionNotice())
			.update();
		return id;
	}

	void verifier(PersonneAOrienter personne) {
		LocalDate aujourdhui = LocalDate.now(clock.withZone(PARIS));
		personne.identite().verifier(aujourdhui);
		if (personne.dateConsentement().isAfter(aujourdhui)) {
			throw new SaisieRefuseeException("dateConsentement", "orienter.consentementFutur");
		}
		if (!notices.enVigueur().version().equals(personne.versionNotice())) {
			throw new ConflitException("conflit.noticeChangee");
		}
	}

	/**
	 * SQL: the column in lower case without the accents of French names (Inès ~ Ines).
	 */
	private static String colonneSansAccents(String colonne) {
		return "translate(lower(" + colonne + "), '" + ACCENTUEES + "', '" + NON_ACCENTUEES + "')";
	}

	static String sansAccents(String texte) {
		return Normalizer.normalize(texte.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/**
	 * @param occupees seats taken (referrals accepted or under way)
	 * @param agenceId the binôme's agence
	 */
	public record ParcoursOuvert(Long id, String intitule, String tiersLieu, LocalDate debut, LocalDate fin,
			int capacite, long occupees, Long agenceId) {

		public boolean complet() {
			return occupees >= capacite;
		}

	}

}
