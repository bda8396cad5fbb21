package fr.tierslieux.inclusion.compte;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.GestionDesComptes.CompteLigne;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who sees which accounts, and what an admin changes on them. */
@CoreTest
@Transactional
class GestionDesComptesTest {

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

	@Test
	void the_coordination_sees_exactly_the_accounts_of_its_region_and_changes_none() {
		RegionDeTest region = territoire.region();
		RegionDeTest autre = territoire.region();
		Connecte coordination = kit.coordinateur(region.code());
		Connecte conseiller = kit.conseiller(annuaire.agence(region.departement()));
		Connecte facilitateur = kit.facilitateur(annuaire.tiersLieu("Lieu", region.departement()));
		kit.conseiller(annuaire.agence(autre.departement()));
		kit.coordinateur(autre.code());

		assertThat(gestion.comptes(coordination.perimetre(), null, Curseur.debut()).map(CompteLigne::identifiant))
			.containsExactlyInAnyOrder(coordination.identifiant(), conseiller.identifiant(),
					facilitateur.identifiant());
		assertThat(gestion.comptes(coordination.perimetre(), conseiller.identifiant().substring(0, 12), Curseur.debut())
			.map(CompteLigne::identifiant)).containsExactly(conseiller.identifiant());
		assertThatThrownBy(() -> gestion.changerActif(coordination.perimetre(), conseiller.id(), 0, false))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> gestion.comptes(conseiller.perimetre(), null, Curseur.debut()))
			.isInstanceOf(AccesRefuseException.class);
	}

	@Test
	void an_admin_disables_an_account_and_moves_it_to_another_role_and_structure() {
		RegionDeTest region = territoire.region();
		Connecte admin = kit.admin();
		Connecte conseiller = kit.conseiller(annuaire.agence(region.departement()));
		CompteLigne avant = gestion.compte(admin.perimetre(), conseiller.id());

		gestion.changerActif(admin.perimetre(), conseiller.id(), avant.version(), false);
		assertThat(comptes.compte(conseiller.identifiant()).orElseThrow().actif()).isFalse();
		assertThatThrownBy(() -> gestion.changerActif(admin.perimetre(), conseiller.id(), avant.version(), true))
			.as("sur une version périmée")
			.isInstanceOf(ConflitException.class);

		long version = gestion.compte(admin.perimetre(), conseiller.id()).version();
		assertThatThrownBy(() -> gestion.changerRole(admin.perimetre(), conseiller.id(), version, Role.PILOTE,
				Structure.agence(1L)))
			.isInstanceOf(SaisieRefuseeException.class);
		gestion.changerRole(admin.perimetre(), conseiller.id(), version, Role.PILOTE, Structure.region(region.code()));
		Connecte pilote = comptes.compte(conseiller.identifiant()).orElseThrow().connecte();
		assertThat(pilote.role()).isEqualTo(Role.PILOTE);
		assertThat(pilote.perimetre().regions()).containsExactly(region.code());
		assertThat(pilote.perimetre().agences()).isEmpty();

		assertThatThrownBy(() -> gestion.changerActif(admin.perimetre(), admin.id(), 0, false))
			.isInstanceOf(ConflitException.class)
			.hasMessage("compte.soiMeme");
	}

	/**
	 * A session keeps the role and perimeter of its login: disabling the account or
	 * changing its role ends its sessions, on every instance, and nobody else's.
	 */
	@Test
	void disabling_an_account_or_changing_its_role_ends_exactly_its_sessions() {
		RegionDeTest region = territoire.region();
		Connecte admin = kit.admin();
		Connecte desactive = kit.conseiller(annuaire.agence(region.departement()));
		Connecte deplace = kit.conseiller(annuaire.agence(region.departement()));
		Connecte temoin = kit.conseiller(annuaire.agence(region.departement()));
		ouvrirSession("a", desactive);
		ouvrirSession("b", desactive);
		ouvrirSession("c", deplace);
		ouvrirSession("d", temoin);
		ouvrirSession("e", admin);

		gestion.changerActif(admin.perimetre(), desactive.id(),
				gestion.compte(admin.perimetre(), desactive.id()).version(), false);
		assertThat(sessions()).containsExactlyInAnyOrder("c", "d", "e");

		gestion.changerRole(admin.perimetre(), deplace.id(), gestion.compte(admin.perimetre(), deplace.id()).version(),
				Role.PILOTE, Structure.region(region.code()));
		assertThat(sessions()).containsExactlyInAnyOrder("d", "e");

		gestion.changerActif(admin.perimetre(), desactive.id(),
				gestion.compte(admin.perimetre(), desactive.id()).version(), true);
		assertThat(sessions()).as("réactiver ne touche à rien").containsExactlyInAnyOrder("d", "e");
	}

	/** A session as Spring Session stores it, indexed by the account's identifier. */
	private void ouvrirSession(String id, Connecte qui) {
		sql.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				                            max_inactive_interval, expiry_time, principal_name)
				values (:id, :id, 0, 0, 1800, 1800000, :qui)""").param("id", id).param("qui", qui.getName()).update();
	}

	private List<String> sessions() {
		return sql.sql("select trim(session_id) from spring_session where session_id in ('a', 'b', 'c', 'd', 'e')")
			.query(String.class)
			.list();
	}

}
