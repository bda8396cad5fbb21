package fr.tierslieux.inclusion.compte;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.JournalAdministration;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Jeton;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.courrier.Courriel;
import fr.tierslieux.inclusion.courrier.Messagerie;

/**
 * Invitations: the coordination (or an admin) invites a person by e-mail to join a
 * région, an agence or a tiers-lieu with a role. The mail carries a one-time link that
 * expires; on it the person sets their password, or, if they already have an account,
 * confirms it with their password and gains one more structure. Only the SHA-256 of the
 * link's token is stored.
 */
@Service
@Transactional
public class InvitationService {

	private static final DateTimeFormatter DATE_DU_COURRIEL = DateTimeFormatter
		.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE)
		.withZone(ZoneId.of("Europe/Paris"));

	private final JdbcClient sql;

	private final JournalAdministration journal;

	private final PolitiqueDesMotsDePasse politique;

	private final CompteService comptes;

	private final PasswordEncoder passwordEncoder;

	private final Messagerie messagerie;

	private final Clock clock;

	private final Duration validite;

	private final SessionsDesComptes sessions;

	InvitationService(JdbcClient sql, CompteService comptes, PasswordEncoder passwordEncoder, Messagerie messagerie,
			Clock clock, @Value("${plateforme.invitations.validite:P7D}") Duration validite,
			JournalAdministration journal, PolitiqueDesMotsDePasse politique, SessionsDesComptes sessions) {
		this.journal = journal;
		this.sessions = sessions;
		this.politique = politique;
		this.sql = sql;
		this.comptes = comptes;
		this.passwordEncoder = passwordEncoder;
		this.messagerie = messagerie;
		this.clock = clock;
		this.validite = validite;
	}

	/** Whether the reader may invite people into this structure (an admin anywhere). */
	@Transactional(readOnly = true)
	public boolean peutInviterDans(Perimetre qui, Structure structure) {
		return decrire(structure).map(s -> qui.coordonne(s.region())).orElse(false);
	}

	/**
	 * Records the invitation and mails its link; a pending invitation of the same person
	 * to the same structure is replaced (its old link stops working).
	 * @param adresseDuSite the platform's public address, which the link starts with
	 * @throws SaisieRefuseeException for a field the service judges (role, structure,
	 * e-mail already a member)
	 * @throws fr.tierslieux.inclusion.courrier.EnvoiImpossibleException if the mail could
	 * not leave: nothing is recorded
	 */
	public Long inviter(Perimetre qui, NouvelleInvitation invitation, String adresseDuSite) {
		if (invitation.role() == Role.ADMIN) {
			throw new SaisieRefuseeException("role", "invitation.roleAdmin");
		}
		if (!invitation.structure().convientA(invitation.role())) {
			throw new SaisieRefuseeException("structure", "invitation.structureDuRole." + invitation.role());
		}
		StructureDecrite structure = decrire(invitation.structure())
			.orElseThrow(() -> new SaisieRefuseeException("structure", "invitation.structureInconnue"));
		if (!qui.coordonne(structure.region())) {
			throw new SaisieRefuseeException("structure", "invitation.structureHorsPerimetre");
		}
		String email = invitation.email().strip().toLowerCase(Locale.ROOT);
		Optional<CompteService.CompteConnecte> existant = comptes.compte(email);
		if (existant.isPresent()) {
			Role role = existant.get().connecte().role();
			if (role != invitation.role()) {
				throw new SaisieRefuseeException("email", "invitation.compteAutreRole", role.libelle());
			}
			if (estMembre(existant.get().connecte().id(), invitation.structure())) {
				throw new SaisieRefuseeException("email", "invitation.dejaMembre");
			}
		}
		sql.sql("""
				update invitation set annulee_le = :maintenant where lower(email) = :email
				and coalesce(region_code, '') = coalesce(:region, '') and coalesce(agence_id, -1) = coalesce(:agence, -1)
				and coalesce(tiers_lieu_id, -1) = coalesce(:tiersLieu, -1) and acceptee_le is null and annulee_le is null""")
			.param("maintenant", Timestamp.from(clock.instant()))
			.param("email", email)
			.params(parametres(invitation.structure()))
			.update();
		String jeton = nouveauJeton();
		Instant expire = clock.instant().plus(validite);
		Long id = sql
			.sql("""
					insert into invitation (email, nom_affiche, role, region_code, agence_id, tiers_lieu_id, jeton_empreinte,
					                        invitee_par, envoyee_le, expire_le)
					values (:email, :nom, :role, :region, :agence, :tiersLieu, :empreinte, :par, :maintenant, :expire)
					returning id""")
			.param("email", email)
			.param("nom", invitation.nomAffiche())
			.param("role", invitation.role().name())
			.params(parametres(invitation.structure()))
			.param("empreinte", empreinte(jeton))
			.param("par", qui.identifiant())
			.param("maintenant", Timestamp.from(clock.instant()))
			.param("expire", Timestamp.from(expire))
			.query(Long.class)
			.single();
		messagerie.envoyer(courriel(email, invitation.nomAffiche(), invitation.role(), structure.nom(),
				existant.isPresent(), adresseDuSite + "/invitation/" + jeton, expire));
		journal.noter(qui.identifiant(), ObjetAdministre.INVITATION, email, "INVITATION",
				invitation.role() + ", " + structure.nom());
		return id;
	}

	/** Sends a new link (the old one stops working) with a new expiry. */
	public void renvoyer(Perimetre qui, Long id, String adresseDuSite) {
		InvitationLigne invitation = invitationGeree(qui, id);
		if (invitation.etat() == EtatInvitation.ACCEPTEE || invitation.etat() == EtatInvitation.ANNULEE) {
			throw new ConflitException("invitation.plusEnAttente");
		}
		String jeton = nouveauJeton();
		Instant expire = clock.instant().plus(validite);
		sql.sql("update invitation set jeton_empreinte = :empreinte, envoyee_le = :maintenant, expire_le = :expire where id = :id")
			.param("empreinte", empreinte(jeton))
			.param("maintenant", Timestamp.from(clock.instant()))
			.param("expire", Timestamp.from(expire))
			.param("id", id)
			.update();
		messagerie
			.envoyer(courriel(invitation.email(), invitation.nomAffiche(), invitation.role(), invitation.structure(),
					comptes.compte(invitation.email()).isPresent(), adresseDuSite + "/invitation/" + jeton, expire));
	}

	public void annuler(Perimetre qui, Long id) {
		InvitationLigne invitation = invitationGeree(qui, id);
		if (invitation.etat() == EtatInvitation.ACCEPTEE) {
			throw new ConflitException("invitation.plusEnAttente");
		}
		sql.sql("update invitation set annulee_le = :maintenant where id = :id and annulee_le is null")
			.param("maintenant", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		journal.noter(qui.identifiant(), ObjetAdministre.INVITATION, invitation.email(), "ANNULATION", null);
	}

	/** What the link's page shows; empty for a token nobody issued. */
	@Transactional(readOnly = true)
	public Optional<InvitationLigne> parJeton(String jeton) {
		if (jeton == null || jeton.length() > 100) {
			return Optional.empty();
		}
		return lire("i.jeton_empreinte = :empreinte", "empreinte", empreinte(jeton)).stream().findFirst();
	}

	/**
	 * Accepts the invitation: creates the account with the chosen password, or adds the
	 * structure to the existing account once its password is confirmed.
	 * @return the account's id
	 * @throws ConflitException if the link expired, was cancelled or already used
	 * @throws SaisieRefuseeException if an existing account's password is wrong
	 */
	public Long accepter(String jeton, String motDePasse) {
		InvitationLigne invitation = parJeton(jeton).orElseThrow(() -> new ConflitException("invitation.inconnue"));
		if (invitation.etat() != EtatInvitation.EN_ATTENTE) {
			throw new ConflitException("invitation." + invitation.etat().name().toLowerCase(Locale.ROOT));
		}
		Long compteId;
		Optional<CompteService.CompteConnecte> existant = comptes.compte(invitation.email());
		if (existant.isPresent()) {
			if (!existant.get().actif() || !passwordEncoder.matches(motDePasse, existant.get().motDePasse())) {
				throw new SaisieRefuseeException("motDePasse", "invitation.motDePasseActuelFaux");
			}
			if (existant.get().connecte().role() != invitation.role()) {
				throw new ConflitException("invitation.compteAutreRole", existant.get().connecte().role().libelle());
			}
			compteId = existant.get().connecte().id();
		}
		else {
			politique.verifier(motDePasse, invitation.email());
			compteId = comptes.creerCompte(invitation.email(), invitation.nomAffiche(), invitation.role(),
					passwordEncoder.encode(motDePasse));
		}
		// the update that marks the link used is the one that may win: a second click, or
		// the same link opened twice, finds it used
		int marquee = sql.sql("""
				update invitation set acceptee_le = :maintenant, utilisateur_id = :compte
				where id = :id and acceptee_le is null and annulee_le is null""")
			.param("maintenant", Timestamp.from(clock.instant()))
			.param("compte", compteId)
			.param("id", invitation.id())
			.update();
		if (marquee == 0) {
			throw new ConflitException("invitation.acceptee");
		}
		if (!estMembre(compteId, invitation.cible())) {
			comptes.rattacher(compteId, invitation.cible());
			// its sessions keep the former perimeter
			sessions.terminer(compteId);
		}
		return compteId;
	}

	/**
	 * The structures of a région the reader may invite people into: the région itself,
	 * its agences, its tiers-lieux, by name.
	 */
	@Transactional(readOnly = true)
	public List<StructureProposee> structures(Perimetre qui, String region) {
		if (region == null || !qui.coordonne(region)) {
			return List.of();
		}
		return sql
			.sql("""
					select 'R:' || r.code, r.nom, 'REGION' as genre from region r where r.code = :region
					union all
					(select 'A:' || a.id, a.nom || ' (' || a.commune || ')', 'AGENCE' from agence a
					 join departement d on d.code = a.departement_code where d.region_code = :region order by lower(a.nom), a.id)
					union all
					(select 'T:' || t.id, t.nom || ' (' || t.commune || ')', 'TIERS_LIEU' from tiers_lieu t
					 join departement d on d.code = t.departement_code where d.region_code = :region order by lower(t.nom), t.id)""")
			.param("region", region)
			.query((rs, n) -> new StructureProposee(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The invitations of the reader's régions (every one for an admin), newest first. */
	@Transactional(readOnly = true)
	public List<InvitationLigne> invitations(Perimetre qui) {
		return lire(
				"(:tout or " + REGION_DE_L_INVITATION
						+ " in (:regions)) order by i.envoyee_le desc, i.id desc limit 200",
				"tout", qui.voitTout(), "regions", qui.regionsOuAucune());
	}

	private static final String REGION_DE_L_INVITATION = """
			coalesce(i.region_code, (select d.region_code from agence a join departement d on d.code = a.departement_code
			where a.id = i.agence_id), (select d.region_code from tiers_lieu t join departement d on d.code = t.departement_code
			where t.id = i.tiers_lieu_id))""";

	private List<InvitationLigne> lire(String condition, Object... parametres) {
		JdbcClient.StatementSpec requete = sql.sql("""
				select i.*, coalesce(r.nom, a.nom, t.nom) as structure, """ + REGION_DE_L_INVITATION + """
				 as region,
				 exists (select 1 from utilisateur u where u.identifiant = i.email) as compte_existant
				from invitation i left join region r on r.code = i.region_code
				left join agence a on a.id = i.agence_id left join tiers_lieu t on t.id = i.tiers_lieu_id
				where """ + " " + condition);
		for (int n = 0; n < parametres.length; n += 2) {
			requete = requete.param((String) parametres[n], parametres[n + 1]);
		}
		Instant maintenant = clock.instant();
		return requete.query((rs, n) -> {
			Structure cible = new Structure(rs.getString("region_code"), (Long) rs.getObject("agence_id", Long.class),
					(Long) rs.getObject("tiers_lieu_id", Long.class));
			Instant expire = rs.getTimestamp("expire_le").toInstant();
			EtatInvitation etat = rs.getTimestamp("acceptee_le") != null ? EtatInvitation.ACCEPTEE
					: rs.getTimestamp("annulee_le") != null ? EtatInvitation.ANNULEE
							: expire.isBefore(maintenant) ? EtatInvitation.EXPIREE : EtatInvitation.EN_ATTENTE;
			return new InvitationLigne(rs.getLong("id"), rs.getString("email"), rs.getString("nom_affiche"),
					Role.valueOf(rs.getString("role")), cible, rs.getString("structure"), rs.getString("region"),
					rs.getString("invitee_par"), rs.getTimestamp("envoyee_le").toInstant(), expire, etat,
					rs.getBoolean("compte_existant"));
		}).list();
	}

	private InvitationLigne invitationGeree(Perimetre qui, Long id) {
		InvitationLigne invitation = lire("i.id = :id", "id", id).stream()
			.findFirst()
			.orElseThrow(() -> new IntrouvableException("invitation", id));
		if (!qui.coordonne(invitation.region())) {
			throw new IntrouvableException("invitation", id);
		}
		return invitation;
	}

	private boolean estMembre(Long compteId, Structure structure) {
		return sql
			.sql("""
					select exists (select 1 from rattachement where utilisateur_id = :compte
					and coalesce(region_code, '') = coalesce(:region, '') and coalesce(agence_id, -1) = coalesce(:agence, -1)
					and coalesce(tiers_lieu_id, -1) = coalesce(:tiersLieu, -1))""")
			.param("compte", compteId)
			.params(parametres(structure))
			.query(Boolean.class)
			.single();
	}

	private Optional<StructureDecrite> decrire(Structure structure) {
		return sql
			.sql("""
					select r.code, r.nom from region r where r.code = :region
					union all
					select d.region_code, a.nom from agence a join departement d on d.code = a.departement_code where a.id = :agence
					union all
					select d.region_code, t.nom from tiers_lieu t join departement d on d.code = t.departement_code where t.id = :tiersLieu""")
			.params(parametres(structure))
			.query((rs, n) -> new StructureDecrite(rs.getString(1), rs.getString(2)))
			.optional();
	}

	private static java.util.Map<String, Object> parametres(Structure structure) {
		java.util.Map<String, Object> parametres = new java.util.HashMap<>();
		parametres.put("region", structure.regionCode());
		parametres.put("agence", structure.agenceId());
		parametres.put("tiersLieu", structure.tiersLieuId());
		return parametres;
	}

	private static Courriel courriel(String email, String nom, Role role, String structure, boolean compteExistant,
			String lien, Instant expire) {
		String action = compteExistant
				? "Pour accepter, confirmez-la avec le mot de passe de votre compte sur cette page"
				: "Pour accepter, choisissez votre mot de passe sur cette page";
		return new Courriel(email, "Invitation à rejoindre " + structure + " sur la plateforme des parcours numériques",
				"""
						Bonjour %s,

						Vous êtes invité·e à rejoindre %s sur la plateforme des parcours d'inclusion numérique en tiers-lieux, \
						en tant que %s.

						%s (le lien ne sert qu'une fois et expire le %s) :
						%s

						Si vous ne vous attendiez pas à cette invitation, ignorez ce message : rien ne sera créé.
						"""
					.formatted(nom, structure, role.libelle(), action, DATE_DU_COURRIEL.format(expire), lien));
	}

	private static String nouveauJeton() {
		return Jeton.nouveau();
	}

	private static String empreinte(String jeton) {
		return Jeton.empreinte(jeton);
	}

	/** An invitation to send. */
	public record NouvelleInvitation(String email, String nomAffiche, Role role, Structure structure) {
	}

	public enum EtatInvitation {

		EN_ATTENTE, ACCEPTEE, EXPIREE, ANNULEE

	}

	/**
	 * An invitation as its pages show it.
	 *
	 * @param structure the name of the région, agence or tiers-lieu
	 * @param compteExistant whether the e-mail already has an account (the link's page
	 * then asks for its password)
	 */
	public record InvitationLigne(Long id, String email, String nomAffiche, Role role, Structure cible,
			String structure, String region, String inviteePar, Instant envoyeeLe, Instant expireLe,
			EtatInvitation etat, boolean compteExistant) {
	}

	/**
	 * A structure offered in the invitation form.
	 *
	 * @param genre {@code REGION}, {@code AGENCE} or {@code TIERS_LIEU}
	 */
	public record StructureProposee(String code, String libelle, String genre) {
	}

	private record StructureDecrite(String region, String nom) {
	}

}
