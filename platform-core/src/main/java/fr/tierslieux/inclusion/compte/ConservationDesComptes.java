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
 * {@code compte-<id>@anonyme.invalid} everywhere the platform names it (account, the
 * administration journal), its name "Compte supprimé", its password one nobody knows, its
 * second factor forgotten. What it did stays, under that name. The audit trail keeps
 * identifiers 12 months only, so it holds no line of the account by then.
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
		Instant limite = maintenant.atZone(PARIS).minusMonths(MOIS).toInstant();
		List<Echu> echus = sql.sql("""
				select id, identifiant from utilisateur
				where not actif and anonymise_le is null and desactive_le <= :limite
				order by id for update""").param("limite", Timestamp.from(limite)).query(Echu.class).list();
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
		for (String colonne : List.of("auteur", "reference")) {
			sql.sql("update journal_administration j set " + colonne + " = 'compte-' || e.id || '@anonyme.invalid' "
					+ "from unnest(:ids, :identifiants) e(id, identifiant) where j." + colonne + " = e.identifiant")
				.param("ids", ids)
				.param("identifiants", echus.stream().map(Echu::identifiant).toArray(String[]::new))
				.update();
		}
		sql.sql("delete from code_de_secours where utilisateur_id = any(:ids)").param("ids", ids).update();
		sql.sql("delete from second_facteur where utilisateur_id = any(:ids)").param("ids", ids).update();
		audit.journaliserChacun("plateforme", "ANONYMISATION", "COMPTE", List.of(ids));
		return List.of(ids);
	}

	record Echu(Long id, String identifiant) {
	}

}
