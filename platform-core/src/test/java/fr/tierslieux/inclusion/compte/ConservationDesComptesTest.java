package fr.tierslieux.inclusion.compte;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Jeton;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Agents' accounts: kept while active, anonymised a year after their deactivation. */
@CoreTest
@Transactional
class ConservationDesComptesTest {

	@Autowired
	ConservationDesComptes conservation;

	@Autowired
	GestionDesComptes gestion;

	@Autowired
	CompteService comptes;

	@Autowired
	CompteKit kit;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	JdbcClient sql;

	@Autowired
	EntityManager jpa;

	@Test
	void a_year_after_its_deactivation_an_account_is_anonymised_and_never_enabled_again() {
		RegionDeTest region = territoire.region();
		Long agence = annuaire.agence(region.departement());
		Connecte admin = kit.admin();
		Connecte parti = kit.conseiller(agence);
		Connecte revenu = kit.conseiller(agence);
		Connecte present = kit.conseiller(agence);
		gestion.changerActif(admin.perimetre(), parti.id(), version(parti), false);
		gestion.changerActif(admin.perimetre(), revenu.id(), version(revenu), false);
		gestion.changerActif(admin.perimetre(), revenu.id(), version(revenu), true);
		sql.sql("insert into statistiques_publiques (region_code, publiees_le, publiees_par) values (?, now(), ?)")
			.params(region.code(), parti.identifiant())
			.update();
		assertThat(colonnesQuiContiennent(parti.identifiant())).contains("utilisateur.identifiant",
				"journal_administration.reference", "statistiques_publiques.publiees_par");
		sql.sql("insert into second_facteur (utilisateur_id, secret, cree_le) values (?, 'JBSWY3DPEHPK3PXP', now())")
			.param(parti.id())
			.update();
		sql.sql("insert into code_de_secours (utilisateur_id, empreinte) values (?, 'empreinte')")
			.param(parti.id())
			.update();
		Instant desactive = sql.sql("select desactive_le from utilisateur where id = ?")
			.param(parti.id())
			.query(Timestamp.class)
			.single()
			.toInstant();
		assertThat(sql.sql("select count(*) from utilisateur where id in (?, ?) and desactive_le is not null")
			.params(revenu.id(), present.id())
			.query(Long.class)
			.single()).as("réactivé : plus de date de désactivation").isZero();

		assertThat(conservation.anonymiser(desactive.plus(Duration.ofDays(364)))).as("onze mois et plus").isEmpty();
		assertThat(conservation.anonymiser(desactive.plus(Duration.ofDays(366)))).containsExactly(parti.id());

		String anonyme = "compte-" + parti.id() + "@anonyme.invalid";
		assertThat(sql.sql("select identifiant || ' ' || nom_affiche from utilisateur where id = ?")
			.param(parti.id())
			.query(String.class)
			.single()).isEqualTo(anonyme + " Compte supprimé");
		assertThat(comptes.compte(parti.identifiant())).isEmpty();
		assertThat(colonnesQuiContiennent(parti.identifiant())).as("nulle part, hors journal d'audit").isEmpty();
		assertThat(colonnesQuiContiennent(anonyme)).contains("utilisateur.identifiant",
				"journal_administration.reference", "statistiques_publiques.publiees_par");
		assertThat(comptes.compte(revenu.identifiant())).isPresent();
		assertThat(comptes.compte(present.identifiant())).isPresent();
		assertThat(sql.sql("select reference from journal_administration where reference in (?, ?) order by id")
			.params(parti.identifiant(), anonyme)
			.query(String.class)
			.list()).as("la désactivation, au journal d'administration, sous le nouveau nom").containsExactly(anonyme);
		assertThat(sql
			.sql("select (select count(*) from second_facteur where utilisateur_id = :id)"
					+ " + (select count(*) from code_de_secours where utilisateur_id = :id)")
			.param("id", parti.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(sql
			.sql("select auteur || ' ' || finalite from journal_audit "
					+ "where action = 'ANONYMISATION' and objet_type = 'COMPTE' and objet_id = ?")
			.param(parti.id())
			.query(String.class)
			.list()).containsExactly("plateforme DROITS");
		assertThat(conservation.anonymiser(desactive.plus(Duration.ofDays(400)))).as("une fois").isEmpty();

		jpa.clear();
		assertThatThrownBy(() -> gestion.changerActif(admin.perimetre(), parti.id(), version(parti), true))
			.isInstanceOf(ConflitException.class)
			.hasMessageContaining("compte.anonyme");
	}

	@Test
	void an_invitation_is_forgotten_a_year_after_its_end() {
		String region = territoire.region().code();
		jpa.flush();
		Instant maintenant = Instant.parse("2031-01-15T03:00:00Z");
		Long jamaisAcceptee = inviter(region, "jamais.acceptee@exemple.fr", "2029-12-01T00:00:00Z", null);
		inviter(region, "acceptee.il.y.a.longtemps@exemple.fr", "2029-12-20T00:00:00Z", "2029-12-02T00:00:00Z");
		inviter(region, "expiree.recemment@exemple.fr", "2030-08-01T00:00:00Z", null);
		inviter(region, "en.attente@exemple.fr", "2031-01-20T00:00:00Z", null);
		for (String email : List.of("jamais.acceptee@exemple.fr", "expiree.recemment@exemple.fr")) {
			sql.sql("insert into journal_administration (survenu_le, auteur, objet, reference, action) "
					+ "values (now(), 'admin@exemple.fr', 'INVITATION', ?, 'INVITATION')")
				.param(email)
				.update();
		}

		assertThat(conservation.oublierLesInvitations(maintenant)).isEqualTo(2);

		assertThat(sql.sql("select email from invitation where email like '%@exemple.fr' order by email")
			.query(String.class)
			.list()).containsExactly("en.attente@exemple.fr", "expiree.recemment@exemple.fr");
		assertThat(sql.sql("select reference from journal_administration where auteur = 'admin@exemple.fr' order by id")
			.query(String.class)
			.list())
			.containsExactly("invitation-" + jamaisAcceptee + "@anonyme.invalid", "expiree.recemment@exemple.fr");
	}

	private Long inviter(String region, String email, String expire, String acceptee) {
		return sql.sql("""
				insert into invitation (email, nom_affiche, role, region_code, jeton_empreinte, invitee_par, envoyee_le,
				    expire_le, acceptee_le)
				values (:email, 'Invitée', 'COORDINATEUR', :region, :jeton, 'admin@exemple.fr', :envoyee, :expire,
				    :acceptee)
				returning id""")
			.param("email", email)
			.param("region", region)
			.param("jeton", Jeton.empreinte(email))
			.param("envoyee", Timestamp.from(Instant.parse(expire).minus(Duration.ofDays(7))))
			.param("expire", Timestamp.from(Instant.parse(expire)))
			.param("acceptee", acceptee == null ? null : Timestamp.from(Instant.parse(acceptee)))
			.query(Long.class)
			.single();
	}

	/** The columns of the database (its audit trail aside) where this value stands. */
	private List<String> colonnesQuiContiennent(String valeur) {
		return sql.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema() and data_type in ('character varying', 'text')
				  and table_name <> 'journal_audit' order by table_name, column_name""")
			.query((ligne, n) -> ligne.getString(1) + "." + ligne.getString(2))
			.list()
			.stream()
			.filter(colonne -> sql.sql("select count(*) from " + colonne.replace(".", " where ") + " = ?")
				.param(valeur)
				.query(Long.class)
				.single() > 0)
			.toList();
	}

	private long version(Connecte compte) {
		return sql.sql("select version from utilisateur where id = ?").param(compte.id()).query(Long.class).single();
	}

}
