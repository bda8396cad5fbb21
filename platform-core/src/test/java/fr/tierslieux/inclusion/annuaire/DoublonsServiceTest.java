package fr.tierslieux.inclusion.annuaire;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.importation.DoublonsService;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Places that look alike are flagged once, shown to their région, merged or told apart.
 */
@CoreTest
@Transactional
class DoublonsServiceTest {

	@Autowired
	DoublonsService doublons;

	@Autowired
	DoublonsPossibles signalement;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	BinomeKit binomes;

	@Autowired
	JdbcClient sql;

	@Test
	void alike_names_nearby_are_flagged_once_and_shown_to_their_region_only() {
		RegionDeTest ici = territoire.region();
		RegionDeTest ailleurs = territoire.region();
		Long marais = lieu("Fablab des Marais", ici.departement(), "48.850000", "2.350000");
		Long maraisBis = lieu("FabLab des Marais (La Ruche)", ici.departement(), "48.851000", "2.351000");
		lieu("Fablab des Marais", ailleurs.departement(), "48.850000", "2.350000");
		lieu("Coworking Central", ici.departement(), "48.851000", "2.351000");
		lieu("Fablab des Marais", ici.departement(), "45.000000", "5.000000");

		assertThat(signalement.signaler(Instant.now())).isPositive();
		assertThat(doublons.ouverts(coordination(ici.code()), 50)).extracting(d -> d.lieu().id(), d -> d.autre().id())
			.containsExactly(tuple(marais, maraisBis));
		assertThat(doublons.ouverts(coordination(ailleurs.code()), 50)).isEmpty();
		assertThat(signalement.signaler(Instant.now())).isZero();
	}

	@Test
	void a_merge_keeps_one_place_with_the_binomes_of_both() {
		RegionDeTest ici = territoire.region();
		Long garde = lieu("Atelier Partagé du Port", ici.departement(), "43.300000", "5.370000");
		Long retire = lieu("Atelier partage du port", ici.departement(), "43.300500", "5.370500");
		sql.sql("update tiers_lieu set site_web = 'https://port.example' where id = :id").param("id", retire).update();
		Long binome = binomes.binome(ici.code(), annuaire.agence(ici.departement()), retire);
		signalement.signaler(Instant.now());
		Long paire = doublons.ouverts(coordination(ici.code()), 50).get(0).id();

		assertThatThrownBy(() -> doublons.fusionner(coordination(territoire.region().code()), paire, garde))
			.isInstanceOf(IntrouvableException.class);
		doublons.fusionner(coordination(ici.code()), paire, garde);

		assertThat(sql.sql("select count(*) from tiers_lieu where id = :id")
			.param("id", retire)
			.query(Long.class)
			.single()).isZero();
		assertThat(sql.sql("select tiers_lieu_id from binome where id = :id")
			.param("id", binome)
			.query(Long.class)
			.single()).isEqualTo(garde);
		assertThat(sql.sql("select site_web from tiers_lieu where id = :id")
			.param("id", garde)
			.query(String.class)
			.single()).isEqualTo("https://port.example");
		assertThat(doublons.ouverts(coordination(ici.code()), 50)).isEmpty();
	}

	@Test
	void two_binomes_with_one_agence_in_one_vague_are_not_merged_silently() {
		RegionDeTest ici = territoire.region();
		Long a = lieu("Tiers-lieu de la Gare", ici.departement(), "47.000000", "1.000000");
		Long b = lieu("Tiers lieu de la gare", ici.departement(), "47.000100", "1.000100");
		Long agence = annuaire.agence(ici.departement());
		Long vague = binomes.vague(ici.code());
		sql.sql("insert into binome (vague_id, agence_id, tiers_lieu_id) values (:v, :ag, :a), (:v, :ag, :b)")
			.param("v", vague)
			.param("ag", agence)
			.param("a", a)
			.param("b", b)
			.update();
		signalement.signaler(Instant.now());
		Long paire = doublons.ouverts(coordination(ici.code()), 50).get(0).id();

		assertThatThrownBy(() -> doublons.fusionner(coordination(ici.code()), paire, a))
			.isInstanceOf(ConflitException.class);
		assertThat(sql.sql("select count(*) from tiers_lieu where id in (:a, :b)")
			.param("a", a)
			.param("b", b)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void a_dismissed_pair_is_not_flagged_again() {
		RegionDeTest ici = territoire.region();
		lieu("La Fabrique Numérique", ici.departement(), "44.000000", "4.000000");
		lieu("La Fabrique Numerique", ici.departement(), "44.000100", "4.000100");
		signalement.signaler(Instant.now());
		Long paire = doublons.ouverts(coordination(ici.code()), 50).get(0).id();

		doublons.ecarter(coordination(ici.code()), paire);
		signalement.signaler(Instant.now());

		assertThat(doublons.ouverts(coordination(ici.code()), 50)).isEmpty();
		assertThat(doublons.nombreOuverts(coordination(ici.code()))).isZero();
	}

	private Long lieu(String nom, String departement, String latitude, String longitude) {
		Long id = annuaire.tiersLieu(nom, departement);
		sql.sql("update tiers_lieu set latitude = :lat, longitude = :lon where id = :id")
			.param("lat", new BigDecimal(latitude))
			.param("lon", new BigDecimal(longitude))
			.param("id", id)
			.update();
		return id;
	}

	private static Perimetre coordination(String region) {
		return new Perimetre("coordination@test.invalid", Role.COORDINATEUR, Set.of(region), Set.of(), Set.of());
	}

}
