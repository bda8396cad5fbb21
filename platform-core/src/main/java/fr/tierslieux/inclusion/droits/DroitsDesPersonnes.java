package fr.tierslieux.inclusion.droits;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.beneficiaire.Identite;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.PerimetreSql;
import fr.tierslieux.inclusion.compte.Role;

/**
 * A person's rights, exercised through the agence that follows them (its counsellors) or
 * the administration: a copy of everything held on them, a correction, an erasure or the
 * withdrawal of their consent. The tiers-lieux and the coordination send the person to
 * their agence. Each act is written to the audit trail in the transaction that does it.
 */
@Service
@Transactional(readOnly = true)
public class DroitsDesPersonnes {

	static final String OBJET = "BENEFICIAIRE";

	/** The person and their agence ({@code d} for the perimeter rule). */
	private static final String PERSONNE = """
			from beneficiaire b join agence a on a.id = b.agence_id join departement d on d.code = a.departement_code
			left join utilisateur u on u.id = b.conseiller_id
			where b.id = :id and b.anonymisee_le is null and\s""" + PerimetreSql.AGENCE_DE_LA_PERSONNE;

	private final JdbcClient sql;

	private final Anonymisation anonymisation;

	private final OrientationService orientations;

	private final AuditService audit;

	private final Clock clock;

	DroitsDesPersonnes(JdbcClient sql, Anonymisation anonymisation, OrientationService orientations, AuditService audit,
			Clock clock) {
		this.sql = sql;
		this.anonymisation = anonymisation;
		this.orientations = orientations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The page of a person's rights, read like their page (and written to the trail).
	 * @throws IntrouvableException unless the reader's agence follows the person
	 */
	@Transactional
	public FicheDeDroits fiche(Perimetre qui, Long id) {
		verifierRole(qui);
		FicheDeDroits fiche = PerimetreSql.lier(sql.sql("""
				select b.id, b.version, b.nom, b.prenom, b.annee_naissance, b.email, b.telephone, b.identifiant_ft,
				       a.nom as agence, u.nom_affiche as conseiller, b.date_consentement, b.version_notice,
				       b.dernier_contact_le,
				       (select count(*) from orientation o where o.beneficiaire_id = b.id
				        and o.statut in ('PROPOSEE', 'ACCEPTEE', 'EN_LISTE_ATTENTE', 'EN_PARCOURS')) as ouvertes
				""" + PERSONNE), qui)
			.param("id", id)
			.query((rs, n) -> new FicheDeDroits(rs.getLong("id"), rs.getLong("version"),
					new Identite(rs.getString("nom"), rs.getString("prenom"),
							rs.getObject("annee_naissance", Integer.class), rs.getString("email"),
							rs.getString("telephone"), rs.getString("identifiant_ft")),
					rs.getString("agence"), rs.getString("conseiller"),
					rs.getObject("date_consentement", LocalDate.class), rs.getString("version_notice"),
					rs.getObject("dernier_contact_le", LocalDate.class), rs.getLong("ouvertes")))
			.optional()
			.orElseThrow(() -> new IntrouvableException("Bénéficiaire", id));
		audit.journaliser(qui.identifiant(), AuditService.LECTURE, OBJET, id);
		return fiche;
	}

	/**
	 * Everything held on the person, for them (right of access and portability).
	 * @throws IntrouvableException unless the reader's agence follows the person
	 */
	@Transactional
	public DonneesPersonnelles donnees(Perimetre qui, Long id) {
		verifierRole(qui);
		DonneesPersonnelles.Personne personne = PerimetreSql.lier(sql.sql("""
				select b.id, b.nom, b.prenom, b.annee_naissance, b.email, b.telephone, b.identifiant_ft, b.profil,
				       b.avec_prerequis, b.diagnostic_outil, b.diagnostic_resultat, a.nom as agence,
				       u.nom_affiche as conseiller, b.date_consentement, b.version_notice, b.cree_le,
				       b.dernier_contact_le
				""" + PERSONNE), qui).param("id", id).query((rs, n) -> {
			LocalDate dernierContact = rs.getObject("dernier_contact_le", LocalDate.class);
			return new DonneesPersonnelles.Personne(rs.getLong("id"), rs.getString("nom"), rs.getString("prenom"),
					rs.getObject("annee_naissance", Integer.class), rs.getString("email"), rs.getString("telephone"),
					rs.getString("identifiant_ft"), rs.getString("profil"), rs.getBoolean("avec_prerequis"),
					rs.getString("diagnostic_outil"), rs.getString("diagnostic_resultat"), rs.getString("agence"),
					rs.getString("conseiller"), rs.getObject("date_consentement", LocalDate.class),
					rs.getString("version_notice"), instant(rs, "cree_le"), dernierContact,
					Conservation.anonymisationLe(dernierContact));
		}).optional().orElseThrow(() -> new IntrouvableException("Bénéficiaire", id));
		DonneesPersonnelles donnees = new DonneesPersonnelles(clock.instant(), personne, orientationsDe(id),
				liste(id, """
						select a.intitule, p.intitule, a.date_atelier, a.heure_debut, pr.statut from presence pr
						join atelier a on a.id = pr.atelier_id join parcours p on p.id = a.parcours_id
						where pr.beneficiaire_id = :id order by a.date_atelier, a.heure_debut, a.id""",
						(rs, n) -> new DonneesPersonnelles.Presence(rs.getString(1), rs.getString(2),
								rs.getObject(3, LocalDate.class), rs.getObject(4, LocalTime.class), rs.getString(5))),
				liste(id, """
						select ecrit_le, ecrit_par is null, acquis, blocages, souhaits from carnet_entree
						where beneficiaire_id = :id order by ecrit_le, id""",
						(rs, n) -> new DonneesPersonnelles.EcritDuCarnet(instant(rs, "ecrit_le"), rs.getBoolean(2),
								rs.getString(3), rs.getString(4), rs.getString(5))),
				liste(id,
						"""
								select a.intitule, a.date_atelier, r.ressenti, r.appris, r.a_revoir from retour_seance r
								join atelier a on a.id = r.atelier_id where r.beneficiaire_id = :id order by a.date_atelier, a.id""",
						(rs, n) -> new DonneesPersonnelles.RetourDeSeance(rs.getString(1),
								rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getString(4), rs.getString(5))),
				liste(id, """
						select p.intitule, s.echeance, s.situation, s.precision, s.saisie_le from situation_sortie s
						join orientation o on o.id = s.orientation_id join parcours p on p.id = o.parcours_id
						where o.beneficiaire_id = :id order by s.saisie_le, s.id""",
						(rs, n) -> new DonneesPersonnelles.Situation(rs.getString(1), rs.getString(2), rs.getString(3),
								rs.getString(4), instant(rs, "saisie_le"))),
				liste(id, """
						select p.intitule, f.nouveau_projet, f.competences_projet, f.commentaire, f.ecrit_le
						from bilan_fin_parcours f join orientation o on o.id = f.orientation_id
						join parcours p on p.id = o.parcours_id where o.beneficiaire_id = :id order by f.ecrit_le""",
						(rs, n) -> new DonneesPersonnelles.BilanDeFin(rs.getString(1), rs.getInt(2), rs.getInt(3),
								rs.getString(4), instant(rs, "ecrit_le"))),
				liste(id, """
						select genre, numero, valeur, libelle, remise_le from ressource_remise
						where beneficiaire_id = :id order by remise_le, id""",
						(rs, n) -> new DonneesPersonnelles.Ressource(rs.getString(1), rs.getString(2),
								rs.getObject(3, BigDecimal.class), rs.getString(4), rs.getObject(5, LocalDate.class))),
				liste(id, """
						select competence, niveau, obtenu_le from resultat_pix where beneficiaire_id = :id
						order by competence""",
						(rs, n) -> new DonneesPersonnelles.NiveauPix(rs.getString(1), rs.getInt(2),
								rs.getObject(3, LocalDate.class))),
				liste(id, """
						select envoye_le, cote, texte from message_navette where beneficiaire_id = :id
						order by envoye_le, id""", (rs, n) -> new DonneesPersonnelles.Message(instant(rs, "envoye_le"),
						rs.getString(2), rs.getString(3))));
		audit.journaliser(qui.identifiant(), "DROIT_ACCES", OBJET, id);
		return donnees;
	}

	/**
	 * Corrects who the person is and how to reach them, as they asked; a correction is a
	 * contact.
	 * @param version the version the form was filled from
	 * @throws fr.tierslieux.inclusion.commun.SaisieRefuseeException naming the field to
	 * correct
	 * @throws ConflitException if the record changed since
	 */
	@Transactional
	public void rectifier(Perimetre qui, Long id, long version, Identite corrigee) {
		FicheDeDroits avant = fiche(qui, id);
		LocalDate jour = Conservation.jour(clock.instant());
		corrigee.verifier(jour);
		ConflitException.verifierVersion(version, avant.version());
		Identite ancienne = avant.identite();
		// the trail names the fields changed, never their values
		List<String> changes = new ArrayList<>();
		changement(changes, "nom", ancienne.nomPropre(), corrigee.nomPropre());
		changement(changes, "prénom", ancienne.prenomPropre(), corrigee.prenomPropre());
		changement(changes, "année de naissance", ancienne.anneeNaissance(), corrigee.anneeNaissance());
		changement(changes, "e-mail", ancienne.emailPropre(), corrigee.emailPropre());
		changement(changes, "téléphone", ancienne.telephonePropre(), corrigee.telephonePropre());
		changement(changes, "identifiant France Travail", ancienne.identifiantPropre(), corrigee.identifiantPropre());
		int modifiees = sql.sql("""
				update beneficiaire set nom = :nom, prenom = :prenom, annee_naissance = :annee, email = :email,
				       telephone = :telephone, identifiant_ft = :identifiant,
				       dernier_contact_le = greatest(dernier_contact_le, :jour), version = version + 1
				where id = :id and version = :version and anonymisee_le is null""")
			.param("nom", corrigee.nomPropre())
			.param("prenom", corrigee.prenomPropre())
			.param("annee", corrigee.anneeNaissance())
			.param("email", corrigee.emailPropre())
			.param("telephone", corrigee.telephonePropre())
			.param("identifiant", corrigee.identifiantPropre())
			.param("jour", jour)
			.param("id", id)
			.param("version", version)
			.update();
		if (modifiees == 0) {
			throw ConflitException.modificationConcurrente();
		}
		audit.journaliser(qui.identifiant(), "DROIT_RECTIFICATION", OBJET, id,
				"champs : " + (changes.isEmpty() ? "aucun" : String.join(", ", changes)));
	}

	/**
	 * Erases the person's data at their request, or because they withdrew their consent:
	 * their open referrals are closed, then their record is anonymised (the figures stay,
	 * as the law allows for statistics and the accounts of public money).
	 * @throws IntrouvableException unless the reader's agence follows the person
	 */
	@Transactional
	public void effacer(Perimetre qui, Long id, MotifEffacement motif) {
		if (motif == MotifEffacement.CONSERVATION) {
			throw new IllegalArgumentException("Une demande d'effacement vient de la personne");
		}
		fiche(qui, id);
		orientations.arreterCellesDe(List.of(id), qui.identifiant(), motif.raison());
		anonymisation.anonymiser(List.of(id), motif, clock.instant());
		audit.journaliser(qui.identifiant(), motif.action(), OBJET, id);
	}

	/**
	 * Only the person's agence (its counsellors) and the administration act on a person's
	 * rights.
	 */
	static void verifierRole(Perimetre qui) {
		if (qui.role() != Role.CONSEILLER && qui.role() != Role.ADMIN) {
			throw new AccesRefuseException("Les droits d'une personne s'exercent auprès de son agence");
		}
	}

	private static void changement(List<String> changes, String champ, Object avant, Object apres) {
		if (!Objects.equals(avant, apres)) {
			changes.add(champ);
		}
	}

	private List<DonneesPersonnelles.Orientation> orientationsDe(Long id) {
		Map<Long, List<DonneesPersonnelles.Etape>> etapes = sql
			.sql("""
					select t.orientation_id, t.de, t.vers, t.motif, t.survenue_le from orientation_transition t
					join orientation o on o.id = t.orientation_id where o.beneficiaire_id = :id order by t.survenue_le, t.id""")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new DonneesPersonnelles.Etape(rs.getString(2), rs.getString(3), rs.getString(4),
							instant(rs, "survenue_le"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return liste(id,
				"""
						select o.id, p.intitule, tl.nom, o.statut, o.orientee_le from orientation o
						join parcours p on p.id = o.parcours_id join binome bi on bi.id = p.binome_id
						join tiers_lieu tl on tl.id = bi.tiers_lieu_id where o.beneficiaire_id = :id order by o.orientee_le, o.id""",
				(rs, n) -> new DonneesPersonnelles.Orientation(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getString(4), instant(rs, "orientee_le"), etapes.getOrDefault(rs.getLong(1), List.of())));
	}

	private <T> List<T> liste(Long id, String requete, org.springframework.jdbc.core.RowMapper<T> lignes) {
		return sql.sql(requete).param("id", id).query(lignes).list();
	}

	private static Instant instant(ResultSet rs, String colonne) throws SQLException {
		OffsetDateTime valeur = rs.getObject(colonne, OffsetDateTime.class);
		return valeur == null ? null : valeur.toInstant();
	}

}
