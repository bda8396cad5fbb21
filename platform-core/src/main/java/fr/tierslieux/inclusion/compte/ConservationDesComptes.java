package fr.tierslieux.inclusion.compte;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.commun.Jeton;

/**
 * Agents' accounts are kept while active; a year after its deactivation an account is
 * anonymised (register of processing, section 4): its identifier becomes
 * {@code compte-<id>@anonyme.invalid} everywhere the platform names it (the account,
 * every column that says who did what, the administration journal), its name "Compte
 * supprimé", its password one nobody knows, its second factor forgotten. Ended
 * invitations are forgotten after the same time. What it did stays, under that name. The
 * audit trail keeps identifiers 12 months only, so it holds no line of the account by
 * then.
 */
@Service
public class ConservationDesComptes {

	/** How long a deactivated account keeps its identity. */
	public static final int MOIS = 12;

	static final String NOM = "Compte supprimé";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient sql;

	private final PasswordEncoder motsDePasse;

	private final AuditService audit;

	ConservationDesComptes(JdbcClient sql, PasswordEncoder motsDePasse, AuditService audit) {
		this.sql = sql;
		this.motsDePasse = motsDePasse;
		this.audit = audit;
	}

	/**
	 * Anonymises the accounts deactivated for {@link #MOIS} months as of that instant.
	 * @return their ids
	 */
	@Transactional
	public List<Long> anonymiser(Instant maintenant) {
		List<Echu> echus = sql.sql("""
				select id, identifiant from utilisateur
				where not actif and anonymise_le is null and desactive_le <= :limite
				order by id for update""").param("limite", Timestamp.from(limite(maintenant))).query(Echu.class).list();
		if (echus.isEmpty()) {
			return List.of();
		}
		Long[] ids = echus.stream().map(Echu::id).toArray(Long[]::new);
		sql.sql("""
				update utilisateur set identifiant = 'compte-' || id || '@anonyme.invalid', nom_affiche = :nom,
				    mot_de_passe = :motDePasse, anonymise_le = :maintenant, version = version + 1
				where id = any(:ids)""")
			.param("nom", NOM)
			.param("motDePasse", motsDePasse.encode(Jeton.nouveau()))
			.param("maintenant", Timestamp.from(maintenant))
			.param("ids", ids)
			.update();
		String[] identifiants = echus.stream().map(Echu::identifiant).toArray(String[]::new);
		for (Colonne colonne : colonnesQuiNommentUnAgent()) {
			renommer(colonne.tableName(), colonne.columnName(), ids, identifiants);
		}
		// the accounts and invitations the administration journal is about
		renommer("journal_administration", "reference", ids, identifiants);
		sql.sql("delete from code_de_secours where utilisateur_id = any(:ids)").param("ids", ids).update();
		sql.sql("delete from second_facteur where utilisateur_id = any(:ids)").param("ids", ids).update();
		audit.journaliserChacun("plateforme", "ANONYMISATION", "COMPTE", List.of(ids));
		return List.of(ids);
	}

	/**
	 * Forgets the invitations ended (accepted, cancelled or expired) {@link #MOIS} months
	 * ago: their e-mail and name. The administration journal's lines about one never
	 * accepted, whose address names no account and no invitation left, are renamed
	 * {@code invitation-<id>@anonyme.invalid}.
	 * @return how many were forgotten
	 */
	@Transactional
	public int oublierLesInvitations(Instant maintenant) {
		List<Oubliee> oubliees = sql.sql("""
				delete from invitation where coalesce(acceptee_le, annulee_le, expire_le) <= :limite
				returning id, email, acceptee_le is not null as acceptee""")
			.param("limite", Timestamp.from(limite(maintenant)))
			.query(Oubliee.class)
			.list();
		List<Oubliee> jamaisAcceptees = oubliees.stream().filter(oubliee -> !oubliee.acceptee()).toList();
		if (!jamaisAcceptees.isEmpty()) {
			sql.sql("""
					update journal_administration j set reference = 'invitation-' || o.id || '@anonyme.invalid'
					from unnest(:ids, :emails) o(id, email)
					where j.objet = 'INVITATION' and j.reference = o.email
					  and not exists (select 1 from utilisateur u where u.identifiant = o.email)
					  and not exists (select 1 from invitation i where i.email = o.email)""")
				.param("ids", jamaisAcceptees.stream().map(Oubliee::id).toArray(Long[]::new))
				.param("emails", jamaisAcceptees.stream().map(Oubliee::email).toArray(String[]::new))
				.update();
		}
		return oubliees.size();
	}

	/**
	 * Every column where the platform writes which agent did something (the convention:
	 * {@code auteur}, {@code signataire}, {@code …_par}), read from the schema so that a
	 * new table is covered too. The audit trail is left as it is: the database forbids
	 * changing it (V38), and it keeps 12 months only.
	 */
	private List<Colonne> colonnesQuiNommentUnAgent() {
		return sql.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema() and data_type = 'character varying'
				  and (column_name in ('auteur', 'signataire') or column_name like '%\\_par')
				  and table_name <> 'journal_audit'
				order by table_name, column_name""").query(Colonne.class).list();
	}

	private void renommer(String table, String colonne, Long[] ids, String[] identifiants) {
		sql.sql("update \"" + table + "\" t set \"" + colonne
				+ "\" = 'compte-' || e.id || '@anonyme.invalid' from unnest(:ids, :identifiants) e(id, identifiant)"
				+ " where t.\"" + colonne + "\" = e.identifiant")
			.param("ids", ids)
			.param("identifiants", identifiants)
			.update();
	}

	private static Instant limite(Instant maintenant) {
		return maintenant.atZone(PARIS).minusMonths(MOIS).toInstant();
	}

	record Echu(Long id, String identifiant) {
	}

	record Colonne(String tableName, String columnName) {
	}

	record Oubliee(Long id, String email, boolean acceptee) {
	}

}
