package fr.tierslieux.inclusion.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.administration.LecturesDuJournalDAudit;
import fr.tierslieux.inclusion.administration.LecturesDuJournalDAudit.RechercheAudit;
import fr.tierslieux.inclusion.audit.AuditService.LigneAudit;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit trail only grows: the application's connection can neither change nor delete
 * a line younger than 12 months, nor empty the table; the nightly purge deletes exactly
 * the older ones. Not in a test transaction: each refused statement would end it, and the
 * lines are meant to stay.
 */
@CoreTest
class JournalDAuditTest {

	@Autowired
	AuditService audit;

	@Autowired
	LecturesDuJournalDAudit journal;

	@Autowired
	JdbcClient sql;

	@Autowired
	CompteKit comptes;

	@Test
	void a_line_can_neither_be_changed_nor_deleted_nor_the_table_emptied() {
		String auteur = auteur();
		audit.noter(auteur, "LECTURE_PAGE", "PAGE", 12L, "GET /beneficiaires/12");

		assertThatThrownBy(() -> sql.sql("update journal_audit set auteur = 'personne' where auteur = :a")
			.param("a", auteur)
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("ni ne s'efface");
		assertThatThrownBy(() -> sql.sql("delete from journal_audit where auteur = :a").param("a", auteur).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> sql.sql("truncate journal_audit").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("ne se vide pas");

		assertThat(lignes(auteur)).extracting(LigneAudit::detail).containsExactly("GET /beneficiaires/12");
	}

	@Test
	void the_purge_deletes_exactly_the_lines_older_than_twelve_months() {
		String auteur = auteur();
		for (String ilYA : List.of("13 months", "12 months 1 day", "11 months 28 days", "1 day")) {
			sql.sql("""
					insert into journal_audit (survenu_le, auteur, action, objet_type, finalite, detail)
					values (now() - cast(:ilYA as interval), :auteur, 'LECTURE', 'BENEFICIAIRE', 'ACCOMPAGNEMENT', :ilYA)""")
				.param("ilYA", ilYA)
				.param("auteur", auteur)
				.update();
		}

		assertThat(audit.purger()).isGreaterThanOrEqualTo(2);

		assertThat(lignes(auteur)).extracting(LigneAudit::detail)
			.containsExactlyInAnyOrder("11 months 28 days", "1 day");
	}

	@Test
	void each_line_carries_the_address_of_its_request_and_the_purpose_of_its_action() {
		String auteur = auteur();
		OrigineDesRequetes.definir("203.0.113.9");
		try {
			audit.noter(auteur, "CONNEXION_ECHOUEE", "COMPTE", null, null);
			audit.noter(auteur, "LECTURE_PAGE", "PAGE", 7L, "GET /beneficiaires/7");
			audit.noter(auteur, "EXPORT_NOMINATIF", "EXPORT_ORIENTATIONS", 3L, null);
		}
		finally {
			OrigineDesRequetes.oublier();
		}
		audit.noter(auteur, "DROIT_EXPORT_DU_JOURNAL", "PAGE", null, null);

		assertThat(lignes(auteur)).extracting(LigneAudit::action, LigneAudit::adresse, LigneAudit::finalite)
			.containsExactly(tuple("DROIT_EXPORT_DU_JOURNAL", null, Finalite.DROITS),
					tuple("EXPORT_NOMINATIF", "203.0.113.9", Finalite.PILOTAGE),
					tuple("LECTURE_PAGE", "203.0.113.9", Finalite.ACCOMPAGNEMENT),
					tuple("CONNEXION_ECHOUEE", "203.0.113.9", Finalite.SECURITE));
	}

	@Test
	void admins_find_the_lines_about_one_person_and_nobody_else_reads_the_trail() {
		Connecte admin = comptes.admin();
		String auteur = auteur();
		long personne = 900_000_000L + (System.nanoTime() % 1_000_000);
		audit.noter(auteur, "LECTURE_PAGE", "PAGE", personne, "GET /beneficiaires/" + personne);
		audit.noter(auteur, "ECRITURE_PAGE", "PAGE", personne, "POST /beneficiaires/" + personne + "/orientations/1");
		audit.noter(auteur, "LECTURE_PAGE", "PAGE", personne + 1, "GET /beneficiaires/" + (personne + 1));
		audit.noter(auteur, "LECTURE_PAGE", "PAGE", personne, "GET /seances/" + personne);
		sql.sql("""
				insert into journal_audit (survenu_le, auteur, action, objet_type, objet_id, finalite)
				values (now(), :auteur, 'BADGE_ATTRIBUE', 'BENEFICIAIRE', :personne, 'ACCOMPAGNEMENT')""")
			.param("auteur", auteur)
			.param("personne", personne)
			.update();

		assertThat(journal.rechercher(admin.perimetre(), new RechercheAudit(null, personne, null, null), null, 50))
			.extracting(LigneAudit::action)
			.containsExactly("BADGE_ATTRIBUE", "ECRITURE_PAGE", "LECTURE_PAGE");
		assertThat(journal.rechercher(admin.perimetre(), new RechercheAudit(auteur.toUpperCase(), null, null, null),
				null, 50))
			.hasSize(5);
		assertThat(journal.rechercher(admin.perimetre(),
				new RechercheAudit(auteur, null, LocalDate.now().minusDays(3), LocalDate.now().minusDays(1)), null, 50))
			.as("période sans ligne")
			.isEmpty();
		List<LigneAudit> premiere = journal.rechercher(admin.perimetre(), new RechercheAudit(auteur, null, null, null),
				null, 2);
		assertThat(journal.rechercher(admin.perimetre(), new RechercheAudit(auteur, null, null, null),
				premiere.get(1).id(), 50))
			.as("page suivante")
			.hasSize(3);

		Connecte coordination = comptes.coordinateur("11");
		assertThatThrownBy(() -> journal.rechercher(coordination.perimetre(),
				new RechercheAudit(null, null, null, null), null, 50))
			.isInstanceOf(AccesRefuseException.class);
	}

	/**
	 * The author's lines, newest first, as the admins' search gives them. One admin per
	 * test: outside a test transaction, each account created stays.
	 */
	private List<LigneAudit> lignes(String auteur) {
		if (lecteur == null) {
			lecteur = comptes.admin();
		}
		return journal.rechercher(lecteur.perimetre(), new RechercheAudit(auteur, null, null, null), null, 50);
	}

	private Connecte lecteur;

	private static String auteur() {
		return "audit-" + UUID.randomUUID() + "@test.invalid";
	}

}
