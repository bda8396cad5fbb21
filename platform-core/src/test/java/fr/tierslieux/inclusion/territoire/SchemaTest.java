package fr.tierslieux.inclusion.territoire;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.droits.MotifEffacement;
import fr.tierslieux.inclusion.annuaire.AgenceType;
import fr.tierslieux.inclusion.annuaire.StatutDoublon;
import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.atelier.TypeAtelier;
import fr.tierslieux.inclusion.beneficiaire.GenreRessource;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.beneficiaire.OutilDiagnostic;
import fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire;
import fr.tierslieux.inclusion.budget.LienConvention;
import fr.tierslieux.inclusion.budget.ObjetConvention;
import fr.tierslieux.inclusion.budget.TypeConvention;
import fr.tierslieux.inclusion.binome.AteliersCollectifs;
import fr.tierslieux.inclusion.binome.CandidatureService;
import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.binome.FacteurDeSucces;
import fr.tierslieux.inclusion.binome.Phase;
import fr.tierslieux.inclusion.binome.QuestionFiche;
import fr.tierslieux.inclusion.binome.ThemeCooperation;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.demarche.GenreQuestion;
import fr.tierslieux.inclusion.fichier.Encodage;
import fr.tierslieux.inclusion.fichier.TypeImport;
import fr.tierslieux.inclusion.importation.StatutImport;
import fr.tierslieux.inclusion.administration.GenreMotif;
import fr.tierslieux.inclusion.administration.Parametre;
import fr.tierslieux.inclusion.audit.Finalite;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.export.ActiviteExportee;
import fr.tierslieux.inclusion.export.FormatExport;
import fr.tierslieux.inclusion.export.StatutExport;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.GenreCarte;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.pilotage.IndicateursService;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.progression.Echeance;
import fr.tierslieux.inclusion.progression.Moment;
import fr.tierslieux.inclusion.progression.Situation;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the schema that a new migration could break without noticing. */
@CoreTest
class SchemaTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void every_foreign_key_is_the_leading_part_of_an_index() {
		List<String> sansIndex = jdbc.sql("""
				select c.conrelid::regclass || '.' || c.conname
				from pg_constraint c
				where c.contype = 'f'
				  and not exists (
				      select 1 from pg_index i
				      where i.indrelid = c.conrelid
				        and (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] @> c.conkey
				        and (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] <@ c.conkey)
				""").query(String.class).list();
		assertThat(sansIndex).isEmpty();
	}

	@Test
	void no_column_holds_money_or_figures_in_floating_point() {
		List<String> flottants = jdbc.sql("""
				select table_name || '.' || column_name from information_schema.columns
				where table_schema = 'public' and data_type in ('real', 'double precision')
				""").query(String.class).list();
		assertThat(flottants).isEmpty();
	}

	@Test
	void every_table_that_people_edit_has_a_version_for_optimistic_locking() {
		List<String> sansVersion = jdbc.sql("""
				select t.table_name from information_schema.tables t
				where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
				  and t.table_name not in ('flyway_schema_history', 'region', 'departement', 'rattachement',
				                           'tiers_lieu_typologie', 'journal_audit', 'orientation_transition',
				                           'binome_transition', 'fortune', 'participation',
				                           -- derived tables, written by the database's triggers only
				                           'beneficiaire_region', 'bilan_parcours', 'bilan_groupe',
				                           'compteur_beneficiaires', 'evaluation_parcours',
				                           -- written by imports only, or by their author alone
				                           'commune', 'importation_probleme', 'correspondance_colonnes',
				                           -- changed by a conditional update on its status
				                           'doublon_possible',
				                           -- written with its vague
				                           'tarif_vague',
				                           -- used once, cancelled or resent by a conditional update on its state
				                           'invitation',
				                           -- written with their binôme, atelier or canvas, whose version is checked
				                           'binome_theme', 'atelier_collectif_presence', 'canevas_carte',
				                           -- one row per side, ticked or unticked by that side alone
				                           'binome_facteur',
				                           -- appended only, under a lock of the binôme and a check of the fiche's state
				                           'reponse_fiche', 'envoi_fiche',
				                           -- made once, used once under a lock of its row
				                           'bon_orientation',
				                           -- appended only: a remise is recorded, never edited
				                           'ressource_remise',
				                           -- appended only; a reader's mark only moves forward (greatest)
				                           'message_navette', 'lecture_navette',
				                           -- appended only; a person's link is replaced whole
				                           'carnet_entree', 'lien_carnet',
				                           -- criteria are set once (replaced whole under a lock of the referral
				                           -- until rated); a new rating of the same moment replaces the old one
				                           'critere_progression', 'note_critere',
				                           -- a correction replaces the situation; a reminder is sent once
				                           'situation_sortie', 'rappel_sortie',
				                           -- a new feedback of the same person on the same session replaces it
				                           'retour_seance',
				                           -- the end of a parcours: replaced whole; a rebond is added once
				                           'bilan_fin_parcours', 'rebond',
				                           -- added or removed, not edited; an answer is replaced by its side
				                           'question_demarche', 'reponse_demarche',
				                           -- a publication is replaced whole by the next one
				                           'parcours_publie', 'parcours_publie_carte',
				                           -- a badge's competences are replaced whole with it (which has a version);
				                           -- a badge given is never edited, only revoked once (revoque_le is null);
				                           -- a signing key is added, never changed
				                           'badge_competence', 'badge_attribue', 'cle_de_badge',
				                           -- a Pix result is replaced by the next import of the same competence
				                           'resultat_pix',
				                           -- a new version of a vague's table is appended under a lock of the last;
				                           -- co-funders and documents are written with their convention or added;
				                           -- commitments and payments are appended under a lock of what they draw from
				                           'bareme_vague', 'cofinanceur', 'document_convention', 'engagement',
				                           'paiement',
				                           -- a région's statistics are published or withdrawn whole
				                           'statistiques_publiques',
				                           -- an export's record moves forward by conditional updates on its status;
				                           -- its pieces are written once; the key is drawn once
				                           'export_demande', 'export_morceau', 'cle_de_pseudonymisation',
				                           -- appended only: a change noted, a notice's version published
				                           'journal_administration', 'notice_information',
				                           -- Spring Session's and ShedLock's own tables
				                           'spring_session', 'spring_session_attributes', 'shedlock',
				                           -- appended on each failed login, deleted past its window
				                           'echec_connexion',
				                           -- a second factor is activated once (active_le is null), its step only
				                           -- moves forward; a recovery code is spent once (utilise_le is null)
				                           'second_facteur', 'code_de_secours')
				  and not exists (select 1 from information_schema.columns c
				                  where c.table_name = t.table_name and c.column_name = 'version')
				""").query(String.class).list();
		assertThat(sansVersion).isEmpty();
	}

	/** Each column whose CHECK lists allowed values, and the Java enum it stores. */
	static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(Map.entry("agence.type", AgenceType.class),
			Map.entry("tiers_lieu.role", TiersLieuRole.class),
			Map.entry("tiers_lieu_typologie.typologie", TiersLieuTypologie.class),
			Map.entry("utilisateur.role", Role.class), Map.entry("binome.phase", Phase.class),
			Map.entry("binome_transition.de", Phase.class), Map.entry("binome_transition.vers", Phase.class),
			Map.entry("parcours.typologie", TypologieParcours.class),
			Map.entry("parcours.format", FormatParcours.class), Map.entry("atelier.type", TypeAtelier.class),
			Map.entry("beneficiaire.profil", ProfilBeneficiaire.class),
			Map.entry("beneficiaire.diagnostic_outil", OutilDiagnostic.class),
			Map.entry("ressource_remise.genre", GenreRessource.class), Map.entry("message_navette.cote", Cote.class),
			Map.entry("orientation.statut", OrientationStatut.class),
			Map.entry("orientation_transition.de", OrientationStatut.class),
			Map.entry("orientation_transition.vers", OrientationStatut.class),
			Map.entry("presence.statut", PresenceStatut.class),
			Map.entry("compteur_beneficiaires.dimension", IndicateursService.Dimension.class),
			Map.entry("bilan_groupe.dimension", IndicateursService.Dimension.class),
			Map.entry("importation.type", TypeImport.class), Map.entry("importation.statut", StatutImport.class),
			Map.entry("importation.encodage", Encodage.class), Map.entry("commune.type_commune", TypeCommune.class),
			Map.entry("doublon_possible.statut", StatutDoublon.class),
			Map.entry("tarif_vague.format", FormatParcours.class), Map.entry("invitation.role", Role.class),
			Map.entry("candidature.statut", CandidatureService.StatutCandidature.class),
			Map.entry("binome_theme.theme", ThemeCooperation.class), Map.entry("binome.tour_fiche", Cote.class),
			Map.entry("binome_facteur.facteur", FacteurDeSucces.class), Map.entry("binome_facteur.cote", Cote.class),
			Map.entry("reponse_fiche.question", QuestionFiche.class), Map.entry("reponse_fiche.cote", Cote.class),
			Map.entry("envoi_fiche.de", Cote.class),
			Map.entry("atelier_collectif.type", AteliersCollectifs.TypeAtelierCollectif.class),
			Map.entry("atelier_collectif_presence.cote", Cote.class),
			Map.entry("canevas.typologie", TypologieParcours.class), Map.entry("canevas.format", FormatParcours.class),
			Map.entry("canevas_carte.genre", GenreCarte.class), Map.entry("note_critere.moment", Moment.class),
			Map.entry("situation_sortie.echeance", Echeance.class),
			Map.entry("situation_sortie.situation", Situation.class),
			Map.entry("rappel_sortie.echeance", Echeance.class),
			Map.entry("question_demarche.genre", GenreQuestion.class), Map.entry("reponse_demarche.cote", Cote.class),
			Map.entry("parcours_publie.typologie", TypologieParcours.class),
			Map.entry("parcours_publie.format", FormatParcours.class),
			Map.entry("parcours_publie_carte.genre", GenreCarte.class),
			Map.entry("badge_competence.genre", GenreCarte.class), Map.entry("convention.type", TypeConvention.class),
			Map.entry("convention.objet", ObjetConvention.class), Map.entry("convention.lien", LienConvention.class),
			Map.entry("export_demande.activite", ActiviteExportee.class),
			Map.entry("export_demande.format", FormatExport.class),
			Map.entry("export_demande.statut", StatutExport.class),
			Map.entry("journal_administration.objet", ObjetAdministre.class),
			Map.entry("journal_audit.finalite", Finalite.class), Map.entry("motif_catalogue.genre", GenreMotif.class),
			Map.entry("parametre.cle", Parametre.class),
			Map.entry("beneficiaire.effacement_motif", MotifEffacement.class));

	private static final Pattern COLONNE = Pattern.compile("\\(+(\\w+)\\)?::text = ANY");

	private static final Pattern VALEUR = Pattern.compile("'([^']*)'::");

	/** A value added to an enum without a migration would fail at the first save. */
	@Test
	void every_check_constraint_allows_exactly_the_values_of_its_java_enum() {
		Map<String, Set<String>> contraintes = new TreeMap<>();
		jdbc.sql("""
				select c.conrelid::regclass::text as tableau, pg_get_constraintdef(c.oid) as definition
				from pg_constraint c
				where c.contype = 'c' and c.conrelid <> 0 and pg_get_constraintdef(c.oid) like '%= ANY%'
				""").query((rs, i) -> {
			Matcher colonne = COLONNE.matcher(rs.getString("definition"));
			assertThat(colonne.find()).as(rs.getString("definition")).isTrue();
			Set<String> valeurs = new TreeSet<>();
			VALEUR.matcher(rs.getString("definition")).results().forEach(r -> valeurs.add(r.group(1)));
			contraintes.put(rs.getString("tableau") + "." + colonne.group(1), valeurs);
			return null;
		}).list();

		assertThat(contraintes.keySet()).as("colonnes à valeurs contrôlées").isEqualTo(new TreeSet<>(ENUMS.keySet()));
		ENUMS.forEach((colonne, type) -> assertThat(contraintes.get(colonne)).as(colonne)
			.isEqualTo(Arrays.stream(type.getEnumConstants())
				.map(Enum::name)
				.collect(Collectors.toCollection(TreeSet::new))));
	}

}
