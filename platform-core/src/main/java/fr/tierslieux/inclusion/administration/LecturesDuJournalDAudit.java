package fr.tierslieux.inclusion.administration;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.audit.AuditService.LigneAudit;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/**
 * The audit trail as admins read it: searched by author, person and period, and exported
 * whole for a person who asks who read their data. Nobody else reads it.
 */
@Service
@Transactional(readOnly = true)
public class LecturesDuJournalDAudit {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String CONDITIONS = """
			(cast(:auteur as text) is null or auteur = :auteur)
			and (cast(:personne as bigint) is null
			     or (objet_type = 'BENEFICIAIRE' and objet_id = :personne)
			     or (objet_type = 'PAGE' and detail ~ ('^[A-Z]+ /beneficiaires/' || :personne || '(/|$)')))
			and (cast(:du as timestamptz) is null or survenu_le >= :du)
			and (cast(:au as timestamptz) is null or survenu_le < :au)""";

	private final JdbcClient sql;

	LecturesDuJournalDAudit(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * The lines matching a search, newest first, {@code limite} at most, before the line
	 * {@code avant} (the last one of the previous page).
	 */
	public List<LigneAudit> rechercher(Perimetre qui, RechercheAudit recherche, Long avant, int limite) {
		verifier(qui);
		return lier(
				sql.sql(AuditService.SELECT + " where " + CONDITIONS
						+ " and (cast(:avant as bigint) is null or id < :avant) order by id desc limit :limite"),
				recherche)
			.param("avant", avant)
			.param("limite", limite)
			.query(AuditService::ligne)
			.list();
	}

	/** Every line matching a search, oldest first, for a data-protection request. */
	public void parcourir(Perimetre qui, RechercheAudit recherche, Consumer<LigneAudit> lecteur) {
		verifier(qui);
		try (var lignes = lier(sql.sql(AuditService.SELECT + " where " + CONDITIONS + " order by id"), recherche)
			.query(AuditService::ligne)
			.stream()) {
			lignes.forEach(lecteur);
		}
	}

	private static JdbcClient.StatementSpec lier(JdbcClient.StatementSpec requete, RechercheAudit recherche) {
		String auteur = recherche.auteur() == null || recherche.auteur().isBlank() ? null
				: recherche.auteur().strip().toLowerCase(Locale.ROOT);
		return requete.param("auteur", auteur)
			.param("personne", recherche.personne())
			.param("du", debut(recherche.du()))
			.param("au", recherche.au() == null ? null : debut(recherche.au().plusDays(1)));
	}

	private static Timestamp debut(LocalDate jour) {
		return jour == null ? null : Timestamp.from(jour.atStartOfDay(PARIS).toInstant());
	}

	private static void verifier(Perimetre qui) {
		if (qui.role() != Role.ADMIN) {
			throw new AccesRefuseException("seule l'administration lit le journal d'audit");
		}
	}

	/**
	 * What an admin looks for: an author, the lines about one person (their record, and
	 * the pages about them), a period in days of Paris. Empty criteria match everything.
	 */
	public record RechercheAudit(String auteur, Long personne, LocalDate du, LocalDate au) {

	}

}
