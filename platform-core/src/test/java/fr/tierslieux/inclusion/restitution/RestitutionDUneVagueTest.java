package fr.tierslieux.inclusion.restitution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.badge.AttributionDesBadges;
import fr.tierslieux.inclusion.badge.BadgesDuBinome;
import fr.tierslieux.inclusion.badge.NouveauBadge;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.binome.BinomeService;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.PresenceKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.progression.Echeance;
import fr.tierslieux.inclusion.progression.Moment;
import fr.tierslieux.inclusion.progression.NouveauCritere;
import fr.tierslieux.inclusion.progression.ProgressionDUnePersonne;
import fr.tierslieux.inclusion.progression.Situation;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague.Ligne;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague.Restitution;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague.Temoignage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A vague's restitution: every figure recomputed here from the records; a typologie or a
 * tiers-lieu of fewer than five people, and any count of one to four people, hidden; no
 * person named; testimonies shown only with their author's consent and once kept by the
 * coordination; read by the vague's coordination and région directions, nobody else.
 */
@CoreTest
@Transactional
class RestitutionDUneVagueTest {

	@Autowired
	RestitutionDUneVague restitutions;

	@Autowired
	TemoignageDUnePersonne temoignages;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	ParcoursKit parcoursKit;

	@Autowired
	BinomeService binomes;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	PresenceKit presences;

	@Autowired
	ProgressionDUnePersonne progression;

	@Autowired
	BadgesDuBinome badges;

	@Autowired
	AttributionDesBadges attribution;

	@Autowired
	CarnetDeBord carnets;

	@Autowired
	CompteKit comptes;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Long vague;

	/** Six people in the first tiers-lieu's parcours (apprentissage par le faire). */
	List<Long> nombreux = new ArrayList<>();

	/** Two in the second's (hybride créatif). */
	List<Long> peu = new ArrayList<>();

	List<String> noms = new ArrayList<>();

	String secondLieu;

	@BeforeEach
	void uneVagueDeDeuxTiersLieux() {
		horloge.regler(CoreTestApplication.DEPART);
		enCours = parcoursEnCours.parcoursEnCours();
		vague = jdbc.sql("select vague_id from binome where id = ?").param(enCours.binome()).query(Long.class).single();
		secondLieu = "Le Jardin " + Unique.numero();
		Long lieu = annuaire.tiersLieu(secondLieu, enCours.region().departement());
		Long binome = binomes.former(BinomeKit.COORDINATION, vague, enCours.agence(), lieu, null, null);
		ParcoursDeTest hybride = parcoursKit.parcours(binome, "Cultiver " + Unique.numero(), 3);
		jdbc.sql("update parcours set typologie = 'HYBRIDE_CREATIF' where id = ?").param(hybride.id()).update();
		jdbc.sql("update atelier set annulee_le = now(), motif_annulation = 'Neige' where id = ?")
			.param(hybride.ateliers().get(2))
			.update();
		Perimetre facilitateur = enCours.facilitateur().perimetre();
		for (int i = 0; i < 6; i++) {
			Long p = personne(enCours.parcours().id(), facilitateur);
			nombreux.add(p);
			presences.emarger(enCours.parcours().ateliers().get(0), p, PresenceStatut.PRESENT);
			presences.emarger(enCours.parcours().ateliers().get(1), p,
					i < 4 ? PresenceStatut.EN_RETARD : PresenceStatut.ABSENT);
		}
		Perimetre autreFacilitateur = comptes.facilitateur(lieu).perimetre();
		for (int i = 0; i < 2; i++) {
			Long p = personne(hybride.id(), autreFacilitateur);
			peu.add(p);
			presences.emarger(hybride.ateliers().get(0), p, PresenceStatut.PRESENT);
		}
		criteres(nombreux.get(0), 1, 3);
		criteres(nombreux.get(1), 2, 2);
		Long badge = badges.definir(facilitateur, enCours.binome(),
				new NouveauBadge("Premiers pas", "Être venu", "Une séance", 0, 0, 1, null, List.of(), null));
		attribution.attribuer(facilitateur, badge, orientation(nombreux.get(0)), "https://plateforme.example");
		situation(nombreux.get(0), Echeance.M3, Situation.EMPLOI_DURABLE);
		situation(nombreux.get(1), Echeance.M3, Situation.EMPLOI_DURABLE);
		situation(nombreux.get(2), Echeance.M3, Situation.EMPLOI_DURABLE);
		situation(nombreux.get(3), Echeance.M3, Situation.FORMATION);
		situation(nombreux.get(4), Echeance.M3, Situation.EN_RECHERCHE);
	}

	@Test
	void every_figure_is_recomputed_from_the_records_and_small_groups_are_hidden() {
		Restitution r = restitutions.restitution(coordination().perimetre(), vague);

		LocalDate aujourdhui = LocalDate.of(2026, 3, 2);
		long seances = jdbc
			.sql("""
					select count(*) from atelier a join parcours p on p.id = a.parcours_id join binome bi on bi.id = p.binome_id
					where bi.vague_id = ? and a.annulee_le is null and a.date_atelier <= ?""")
			.params(vague, aujourdhui)
			.query(Long.class)
			.single();
		long minutes = jdbc
			.sql("""
					select sum(a.duree_minutes) from atelier a join parcours p on p.id = a.parcours_id
					join binome bi on bi.id = p.binome_id where bi.vague_id = ? and a.annulee_le is null and a.date_atelier <= ?""")
			.params(vague, aujourdhui)
			.query(Long.class)
			.single();
		Map<String, Object> presence = jdbc.sql("""
				select count(*) filter (where pr.statut in ('PRESENT', 'EN_RETARD')) as presents, count(*) as tous
				from presence pr join atelier a on a.id = pr.atelier_id join parcours p on p.id = a.parcours_id
				join binome bi on bi.id = p.binome_id where bi.vague_id = ?""").param(vague).query().singleRow();
		assertThat(seances).isEqualTo(4);
		assertThat(r.total().personnes()).isEqualTo(8);
		assertThat(r.total().seances()).isEqualTo(seances);
		assertThat(r.total().minutes()).isEqualTo(minutes).isEqualTo(4 * 180);
		assertThat(r.total().tauxPresence()).isEqualTo((int) Math.round(
				100.0 * ((Number) presence.get("presents")).longValue() / ((Number) presence.get("tous")).longValue()));
		assertThat(r.total().partEnProgres()).as("un critère sur deux notés deux fois a progressé").isEqualTo(50);
		assertThat(r.total().badges()).as("un badge : moins de 5 personnes").isNull();
		assertThat(r.total().sortiesM3()).isEqualTo(5);
		assertThat(r.total().dynamiquesM3()).as("4 sorties dynamiques : masquées").isNull();
		assertThat(r.total().sortiesM6()).isZero();
		assertThat(r.sorties().get(Echeance.M3)).containsEntry(Situation.EMPLOI_DURABLE, null)
			.containsEntry(Situation.FORMATION, null)
			.containsEntry(Situation.EN_RECHERCHE, null)
			.containsEntry(Situation.AUTRE, 0L);

		assertThat(r.parTypologie()).extracting(Ligne::libelle)
			.containsExactly("APPRENTISSAGE_PAR_LE_FAIRE", "HYBRIDE_CREATIF");
		Ligne apprentissage = r.parTypologie().get(0);
		assertThat(apprentissage.chiffres().personnes()).isEqualTo(6);
		assertThat(apprentissage.chiffres().tauxPresence()).isEqualTo((int) Math.round(100.0 * 10 / 12));
		Ligne hybride = r.parTypologie().get(1);
		assertThat(hybride.chiffres().masque()).isTrue();
		assertThat(hybride.chiffres().tauxPresence()).isNull();
		assertThat(hybride.chiffres().sortiesM3()).isNull();
		assertThat(hybride.chiffres().seances()).as("les séances ne disent rien de personne").isEqualTo(2);
		assertThat(r.parTiersLieu()).extracting(l -> l.chiffres().personnes()).containsExactly(6L, null);
		assertThat(r.parTiersLieu()).extracting(Ligne::libelle).endsWith(secondLieu);

		String texte = r.toString();
		noms.forEach(nom -> assertThat(texte).doesNotContain(nom));
		assertThat(texte).doesNotContain("Alex");
	}

	@Test
	void a_testimony_appears_only_with_its_authors_consent_once_the_coordination_kept_it() {
		String lienA = carnets.nouveauLien(enCours.conseiller().perimetre(), nombreux.get(0)).jeton();
		String lienB = carnets.nouveauLien(enCours.conseiller().perimetre(), nombreux.get(1)).jeton();
		temoignages.ecrire(lienA, "J'ai repris confiance devant un ordinateur.", true);
		temoignages.ecrire(lienB, "Je garde ceci pour moi.", false);
		Connecte coordination = coordination();

		Restitution lue = restitutions.restitution(coordination.perimetre(), vague);
		assertThat(lue.aRelire()).extracting(Temoignage::texte)
			.containsExactly("J'ai repris confiance devant un ordinateur.");
		assertThat(lue.temoignages()).isEmpty();

		restitutions.retenir(coordination.perimetre(), vague, lue.aRelire().get(0).id(), true);
		assertThat(restitutions.restitution(comptes.pilote(enCours.region().code()).perimetre(), vague).temoignages())
			.extracting(Temoignage::texte)
			.containsExactly("J'ai repris confiance devant un ordinateur.");

		temoignages.retirerAccord(lienA);
		Restitution apres = restitutions.restitution(coordination.perimetre(), vague);
		assertThat(apres.temoignages()).isEmpty();
		assertThat(apres.aRelire()).isEmpty();
		assertThat(temoignages.monTemoignage(lienA)).get().extracting(t -> t.consentement()).isEqualTo(false);
	}

	@Test
	void each_reader_lists_exactly_the_vagues_of_their_regions() {
		List<Long> delaRegion = jdbc.sql("select id from vague where region_code = ?")
			.param(enCours.region().code())
			.query(Long.class)
			.list();
		assertThat(delaRegion).contains(vague);
		assertThat(restitutions.vagues(coordination().perimetre())).extracting(RestitutionDUneVague.Vague::id)
			.containsExactlyInAnyOrderElementsOf(delaRegion);
		assertThat(restitutions.vagues(comptes.pilote(enCours.region().code()).perimetre()))
			.extracting(RestitutionDUneVague.Vague::id)
			.containsExactlyInAnyOrderElementsOf(delaRegion);
		assertThat(restitutions.vagues(enCours.facilitateur().perimetre())).isEmpty();
		assertThat(restitutions.vagues(enCours.conseiller().perimetre())).isEmpty();
		assertThat(restitutions.vagues(comptes.admin().perimetre()))
			.hasSize(jdbc.sql("select count(*) from vague").query(Integer.class).single());
	}

	@Test
	void read_by_the_coordination_and_the_regions_directions_written_by_the_coordination_only() {
		Connecte pilote = comptes.pilote(enCours.region().code());
		assertThat(restitutions.restitution(pilote.perimetre(), vague).aRelire()).isEmpty();
		assertThat(restitutions.restitution(comptes.admin().perimetre(), vague).vague().coordonnee()).isTrue();
		assertThatThrownBy(() -> restitutions.noterLAtelier(pilote.perimetre(), vague, null, "Notes", 0))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> restitutions.restitution(enCours.facilitateur().perimetre(), vague))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> restitutions.restitution(enCours.conseiller().perimetre(), vague))
			.isInstanceOf(IntrouvableException.class);
		String ailleurs = parcoursEnCours.parcoursEnCours().region().code();
		assertThatThrownBy(() -> restitutions.restitution(comptes.pilote(ailleurs).perimetre(), vague))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> restitutions.restitution(comptes.coordinateur(ailleurs).perimetre(), vague))
			.isInstanceOf(IntrouvableException.class);

		restitutions.noterLAtelier(coordination().perimetre(), vague, LocalDate.of(2026, 6, 12),
				"Les binômes veulent garder le format long.", 0);
		assertThat(restitutions.restitution(pilote.perimetre(), vague).atelier().notes())
			.isEqualTo("Les binômes veulent garder le format long.");
		assertThatThrownBy(() -> restitutions.noterLAtelier(coordination().perimetre(), vague, null, "Autre", 0))
			.as("écrit sur une version dépassée")
			.isInstanceOf(ConflitException.class);
	}

	@Test
	void the_figures_are_computed_again_at_most_every_five_minutes_and_say_when() {
		Restitution avant = restitutions.restitution(coordination().perimetre(), vague);
		assertThat(avant.calculesLe()).isEqualTo(CoreTestApplication.DEPART);
		personne(enCours.parcours().id(), enCours.facilitateur().perimetre());

		assertThat(restitutions.restitution(comptes.pilote(enCours.region().code()).perimetre(), vague)
			.total()
			.personnes()).as("dans les 5 minutes, les mêmes chiffres").isEqualTo(8);

		horloge.regler(CoreTestApplication.DEPART.plus(RestitutionDUneVague.FRAICHEUR).plusSeconds(1));
		Restitution apres = restitutions.restitution(coordination().perimetre(), vague);
		assertThat(apres.total().personnes()).isEqualTo(9);
		assertThat(apres.calculesLe())
			.isEqualTo(CoreTestApplication.DEPART.plus(RestitutionDUneVague.FRAICHEUR).plusSeconds(1));
	}

	private Connecte coordination() {
		return comptes.coordinateur(enCours.region().code());
	}

	private Long personne(Long parcours, Perimetre tiersLieu) {
		String nom = "Resti" + Unique.numero();
		noms.add(nom);
		return kit.oriente(enCours.agence(), enCours.conseiller(), tiersLieu, nom, null, parcours,
				OrientationStatut.EN_PARCOURS);
	}

	private void criteres(Long personne, int avant, int fin) {
		Perimetre facilitateur = enCours.facilitateur().perimetre();
		progression.definir(facilitateur, personne, orientation(personne),
				List.of(new NouveauCritere("Je sais chercher", null), new NouveauCritere("J'ose demander", null),
						new NouveauCritere("Je sais imprimer", null)));
		List<Long> ids = jdbc.sql("select id from critere_progression where orientation_id = ? order by ordre")
			.param(orientation(personne))
			.query(Long.class)
			.list();
		progression.noter(facilitateur, personne, orientation(personne), Moment.AVANT, null,
				Map.of(ids.get(0), avant, ids.get(1), 1));
		horloge.regler(CoreTestApplication.DEPART.plusSeconds(60));
		progression.noter(facilitateur, personne, orientation(personne), Moment.FIN, null, Map.of(ids.get(0), fin));
		horloge.regler(CoreTestApplication.DEPART);
	}

	private void situation(Long personne, Echeance echeance, Situation situation) {
		jdbc.sql("""
				insert into situation_sortie (orientation_id, echeance, situation, saisie_par, saisie_le)
				values (?, ?, ?, 'test', now())""")
			.params(orientation(personne), echeance.name(), situation.name())
			.update();
	}

	private Long orientation(Long personne) {
		return jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(Long.class)
			.single();
	}

}
