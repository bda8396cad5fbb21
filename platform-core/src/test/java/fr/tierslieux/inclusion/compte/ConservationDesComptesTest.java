package fr.tierslieux.inclusion.compte;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;

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
		Long agence = annuaire.agence(territoire.region().departement());
		Connecte admin = kit.admin();
		Connecte parti = kit.conseiller(agence);
		Connecte revenu = kit.conseiller(agence);
		Connecte present = kit.conseiller(agence);
		gestion.changerActif(admin.perimetre(), parti.id(), version(parti), false);
		gestion.changerActif(admin.perimetre(), revenu.id(), version(revenu), false);
		gestion.changerActif(admin.perimetre(), revenu.id(), version(revenu), true);
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

	private long version(Connecte compte) {
		return sql.sql("select version from utilisateur where id = ?").param(compte.id()).query(Long.class).single();
	}

}
