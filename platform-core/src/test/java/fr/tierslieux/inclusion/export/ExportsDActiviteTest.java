package fr.tierslieux.inclusion.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The activity exports, opened back with the libraries that read them (Commons CSV,
 * Apache POI): exactly the rows of each role's perimeter, people under a keyed pseudonym
 * unless an entitled role asks for names, every export audited, a background export kept
 * behind a link that expires.
 */
@CoreTest
@Transactional
class ExportsDActiviteTest extends AvecDeuxRegions {

	@Autowired
	ExportsDActivite exports;

	@Autowired
	JdbcClient sql;

	@Autowired
	HorlogeDeTest horloge;

	@AfterEach
	void horlogeRemiseAuDepart() {
		horloge.regler(CoreTestApplication.DEPART);
	}

	@Test
	void each_role_exports_exactly_the_referrals_and_attendance_of_its_binomes() {
		Map<Perimetre, Set<Long>> orientations = Map.of(s.facilitateurT1().perimetre(), Set.of(s.o1()),
				s.facilitateurT2().perimetre(), Set.of(s.o2(), s.o3()), s.conseillerA1().perimetre(), Set.of(s.o1()),
				s.conseillerA2().perimetre(), Set.of(s.o2(), s.o3()), s.coordinationR1().perimetre(), Set.of(s.o1()),
				s.coordinationR2().perimetre(), Set.of(s.o2(), s.o3()), s.coordinationR3().perimetre(), Set.of());
		orientations.forEach((qui,
				attendues) -> assertThat(
						ids(csv(qui, demande(ActiviteExportee.ORIENTATIONS, null, false)), "Orientation"))
					.as(qui.identifiant())
					.isEqualTo(attendues));
		// the admin sees the country: narrowed to each scenario vague, exactly its rows
		assertThat(ids(csv(s.admin().perimetre(), demande(ActiviteExportee.ORIENTATIONS, vagueDe(s.p1().id()), false)),
				"Orientation"))
			.isEqualTo(Set.of(s.o1()));

		for (Perimetre qui : List.of(s.facilitateurT1().perimetre(), s.coordinationR2().perimetre(),
				s.coordinationR3().perimetre())) {
			List<CSVRecord> lignes = csv(qui, demande(ActiviteExportee.PRESENCES, null, false));
			assertThat(lignes).as(qui.identifiant()).hasSize(presences(qui));
			assertThat(ids(lignes, "Parcours")).as(qui.identifiant()).isSubsetOf(parcoursDe(qui));
		}
		assertThat(csv(s.facilitateurT1().perimetre(), demande(ActiviteExportee.PRESENCES, null, false)))
			.extracting(r -> r.get("Présence"))
			.containsExactlyInAnyOrder("PRESENT", "ABSENT");

		// a direction reads its région's parcours and ateliers, never rows about people
		assertThat(ids(csv(s.piloteR2().perimetre(), demande(ActiviteExportee.PARCOURS, null, false)), "Parcours"))
			.isEqualTo(Set.of(s.p2().id()));
		assertThat(ids(csv(s.piloteR2().perimetre(), demande(ActiviteExportee.ATELIERS, null, false)), "Atelier"))
			.isEqualTo(Set.copyOf(s.p2().ateliers()));
		for (ActiviteExportee personnes : List.of(ActiviteExportee.PRESENCES, ActiviteExportee.ORIENTATIONS)) {
			assertThatThrownBy(() -> csv(s.piloteR2().perimetre(), demande(personnes, null, false)))
				.isInstanceOf(AccesRefuseException.class);
		}
	}

	@Test
	void people_are_pseudonymised_with_the_platform_key_and_named_only_for_entitled_roles() throws Exception {
		List<CSVRecord> lignes = csv(s.coordinationR2().perimetre(),
				demande(ActiviteExportee.ORIENTATIONS, null, false));
		String texte = texte(s.coordinationR2().perimetre(), demande(ActiviteExportee.ORIENTATIONS, null, false));
		// the family name is the scenario's, shared with its tiers-lieux: the first names
		// are the people's
		assertThat(texte).doesNotContain("Partagée").doesNotContain("Seule");
		Map<Long, String> pseudonymes = lignes.stream()
			.collect(Collectors.toMap(r -> Long.valueOf(r.get("Orientation")), r -> r.get("Personne (pseudonyme)")));
		assertThat(pseudonymes.get(s.o2())).isEqualTo(hmac(s.partagee())).isNotEqualTo(pseudonymes.get(s.o3()));
		assertThat(pseudonymes.get(s.o3())).isEqualTo(hmac(s.seule()));
		// the same person keeps her pseudonym in another export
		assertThat(csv(s.coordinationR1().perimetre(), demande(ActiviteExportee.ORIENTATIONS, null, false)))
			.extracting(r -> r.get("Personne (pseudonyme)"))
			.containsExactly(hmac(s.partagee()));

		List<CSVRecord> nommees = csv(s.conseillerA2().perimetre(), demande(ActiviteExportee.ORIENTATIONS, null, true));
		assertThat(nommees).extracting(r -> r.get("Prénom")).containsExactlyInAnyOrder("Partagée", "Seule");
		assertThat(nommees.get(0).toMap()).doesNotContainKey("Personne (pseudonyme)");

		assertThatThrownBy(() -> csv(s.piloteR2().perimetre(), demande(ActiviteExportee.ORIENTATIONS, null, true)))
			.as("une direction ne lit pas les noms")
			.isInstanceOf(AccesRefuseException.class);
		assertThat(
				ExportsDActivite.permis(s.coordinationR2().perimetre(), demande(ActiviteExportee.PARCOURS, null, true)))
			.as("un parcours n'a pas de nom de personne à donner")
			.isFalse();

		assertThat(sql.sql("""
				select a.action from journal_audit a join export_demande e on e.id = a.objet_id
				where a.objet_type = 'EXPORT_ORIENTATIONS' and e.auteur = :auteur""")
			.param("auteur", s.conseillerA2().identifiant())
			.query(String.class)
			.list()).containsExactly("EXPORT_NOMINATIF");
		assertThat(sql.sql("""
				select count(*) from journal_audit a join export_demande e on e.id = a.objet_id
				where a.objet_type = 'EXPORT_ORIENTATIONS' and a.action = 'EXPORT' and e.auteur = :auteur""")
			.param("auteur", s.coordinationR2().identifiant())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void parcours_and_ateliers_carry_their_figures_recomputed_from_the_records() {
		List<CSVRecord> parcours = csv(s.coordinationR2().perimetre(), demande(ActiviteExportee.PARCOURS, null, false));
		assertThat(parcours).hasSize(1);
		CSVRecord p2 = parcours.get(0);
		assertThat(Long.valueOf(p2.get("Parcours"))).isEqualTo(s.p2().id());
		assertThat(p2.get("Orientations"))
			.isEqualTo(compte("select count(*) from orientation where parcours_id = ?", s.p2().id()));
		assertThat(p2.get("Ateliers"))
			.isEqualTo(compte("select count(*) from atelier where parcours_id = ?", s.p2().id()));
		assertThat(p2.get("Heures d'accompagnement")).isEqualTo(sql
			.sql("""
					select replace(to_char(sum(duree_minutes) / 60.0, 'FM999990.00'), '.', ',') from atelier where parcours_id = ?""")
			.param(s.p2().id())
			.query(String.class)
			.single());

		List<CSVRecord> ateliers = csv(s.coordinationR2().perimetre(), demande(ActiviteExportee.ATELIERS, null, false));
		assertThat(ids(ateliers, "Atelier")).isEqualTo(Set.copyOf(s.p2().ateliers()));
		for (CSVRecord atelier : ateliers) {
			assertThat(atelier.get("Présents")).isEqualTo(compte("""
					select count(*) from presence where atelier_id = ? and statut in ('PRESENT', 'EN_RETARD')""",
					Long.valueOf(atelier.get("Atelier"))));
		}
	}

	@Test
	void the_workbook_has_typed_cells_and_a_new_sheet_past_the_row_limit() throws IOException {
		ByteArrayOutputStream fichier = new ByteArrayOutputStream();
		DemandeDExport demande = new DemandeDExport(ActiviteExportee.PRESENCES, FormatExport.XLSX, null, null, false);
		exports.ecrire(s.coordinationR2().perimetre(), demande,
				exports.compter(s.coordinationR2().perimetre(), demande), fichier);
		try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(fichier.toByteArray()))) {
			Sheet feuille = classeur.getSheetAt(0);
			assertThat(feuille.getSheetName()).isEqualTo("presences");
			assertThat(feuille.getLastRowNum()).isEqualTo(presences(s.coordinationR2().perimetre()));
			Row entete = feuille.getRow(0);
			assertThat(entete.getCell(0).getStringCellValue()).isEqualTo("Atelier");
			assertThat(classeur.getFontAt(entete.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			Cell date = feuille.getRow(1).getCell(1);
			assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
			assertThat(feuille.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
		}

		ByteArrayOutputStream grand = new ByteArrayOutputStream();
		try (FichierXlsx xlsx = new FichierXlsx(grand, "lignes", List.of(Colonne.nombre("N")), 2)) {
			for (int i = 1; i <= 5; i++) {
				xlsx.ligne(new Object[] { i });
			}
		}
		try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(grand.toByteArray()))) {
			assertThat(classeur.getNumberOfSheets()).isEqualTo(3);
			assertThat(classeur.getSheetAt(2).getSheetName()).isEqualTo("lignes (3)");
			assertThat(classeur.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("N");
			assertThat(classeur.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(5);
		}
	}

	@Test
	void a_background_export_waits_for_its_author_alone_until_it_expires() throws IOException {
		Perimetre qui = s.coordinationR2().perimetre();
		DemandeDExport demande = demande(ActiviteExportee.ORIENTATIONS, null, false);
		Long id = exports.demander(qui, demande, exports.compter(qui, demande));
		assertThat(exports.demande(qui, id).statut()).isEqualTo(StatutExport.EN_ATTENTE);
		exports.produire(id);

		ExportDemande pret = exports.demande(qui, id);
		assertThat(pret.statut()).isEqualTo(StatutExport.PRET);
		assertThat(pret.lignesEcrites()).isEqualTo(2);
		assertThat(pret.pourcentage()).isEqualTo(100);
		ByteArrayOutputStream fichier = new ByteArrayOutputStream();
		exports.copier(qui, id, fichier);
		assertThat(fichier.size()).isEqualTo(pret.taille().intValue());
		assertThat(ids(lire(fichier.toByteArray()), "Orientation")).isEqualTo(Set.of(s.o2(), s.o3()));
		assertThat(exports.demandes(qui)).extracting(ExportDemande::id).contains(id);

		assertThatThrownBy(() -> exports.copier(s.piloteR2().perimetre(), id, new ByteArrayOutputStream()))
			.as("seule la personne qui l'a demandé le télécharge")
			.isInstanceOf(IntrouvableException.class);
		assertThat(exports.demandes(s.piloteR2().perimetre())).extracting(ExportDemande::id).doesNotContain(id);

		horloge.avancer(Duration.ofHours(24).plusSeconds(1));
		assertThatThrownBy(() -> exports.copier(qui, id, new ByteArrayOutputStream()))
			.isInstanceOf(IntrouvableException.class);
		assertThat(exports.purger()).isPositive();
		assertThat(exports.demande(qui, id).statut()).isEqualTo(StatutExport.EXPIRE);
		assertThat(compte("select count(*) from export_morceau where demande_id = ?", id)).isEqualTo("0");
	}

	/**
	 * With several instances, an export running on one is not closed because another
	 * starts: only those without news (their instance stopped) are marked failed.
	 */
	@Test
	void only_the_exports_whose_instance_stopped_are_closed() {
		Instant maintenant = horloge.instant();
		Long enCours = export("EN_COURS", maintenant.minus(Duration.ofHours(2)), maintenant.minusSeconds(30));
		Long muet = export("EN_COURS", maintenant.minus(Duration.ofHours(2)), maintenant.minus(Duration.ofMinutes(11)));
		Long enFile = export("EN_ATTENTE", maintenant.minus(Duration.ofMinutes(20)), null);
		Long oublie = export("EN_ATTENTE", maintenant.minus(Duration.ofMinutes(61)), null);

		assertThat(exports.cloreLesInterrompus()).isEqualTo(2);

		assertThat(sql.sql("select id from export_demande where statut = 'ECHEC' and id in (:ids)")
			.param("ids", List.of(enCours, muet, enFile, oublie))
			.query(Long.class)
			.set()).containsExactlyInAnyOrder(muet, oublie);
	}

	private Long export(String statut, Instant demande, Instant avance) {
		return sql
			.sql("""
					insert into export_demande (auteur, activite, format, nominatif, statut, demande_le, commence_le, avance_le)
					values ('x@test.invalid', 'PARCOURS', 'CSV', false, :statut, :demande, :avance, :avance) returning id""")
			.param("statut", statut)
			.param("demande", Timestamp.from(demande))
			.param("avance", avance == null ? null : Timestamp.from(avance))
			.query(Long.class)
			.single();
	}

	private List<CSVRecord> csv(Perimetre qui, DemandeDExport demande) {
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		exports.ecrire(qui, demande, exports.compter(qui, demande), sortie);
		return lire(sortie.toByteArray());
	}

	private String texte(Perimetre qui, DemandeDExport demande) {
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		exports.ecrire(qui, demande, exports.compter(qui, demande), sortie);
		return sortie.toString(StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> lire(byte[] octets) {
		assertThat(new String(octets, 0, 3, StandardCharsets.UTF_8)).startsWith("\uFEFF");
		try (Reader lecteur = new InputStreamReader(new ByteArrayInputStream(octets, 3, octets.length - 3),
				StandardCharsets.UTF_8)) {
			return new ArrayList<>(CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(lecteur)
				.getRecords());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Set<Long> ids(List<CSVRecord> lignes, String colonne) {
		return lignes.stream().map(r -> Long.valueOf(r.get(colonne))).collect(Collectors.toSet());
	}

	private static DemandeDExport demande(ActiviteExportee activite, Long vague, boolean nominatif) {
		return new DemandeDExport(activite, FormatExport.CSV, vague, null, nominatif);
	}

	/** What the scenario records for the perimeter: the sign-ins of its parcours. */
	private int presences(Perimetre qui) {
		List<Long> parcours = new ArrayList<>(parcoursDe(qui));
		parcours.add(-1L);
		return sql.sql("""
				select count(*) from presence pr join atelier a on a.id = pr.atelier_id where a.parcours_id in (:p)""")
			.param("p", parcours)
			.query(Integer.class)
			.single();
	}

	private Set<Long> parcoursDe(Perimetre qui) {
		Function<String, Boolean> a = qui.regions()::contains;
		Set<Long> parcours = new java.util.HashSet<>();
		if (a.apply(s.r1().code()) || qui.tiersLieux().contains(s.t1()) || qui.agences().contains(s.a1())) {
			parcours.add(s.p1().id());
		}
		if (a.apply(s.r2().code()) || qui.tiersLieux().contains(s.t2()) || qui.agences().contains(s.a2())) {
			parcours.add(s.p2().id());
		}
		return parcours;
	}

	private String hmac(Long beneficiaire) throws Exception {
		byte[] cle = sql.sql("select cle from cle_de_pseudonymisation").query(byte[].class).single();
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(cle, "HmacSHA256"));
		byte[] empreinte = mac.doFinal(ByteBuffer.allocate(8).putLong(beneficiaire).array());
		return "P-" + HexFormat.of().withUpperCase().formatHex(empreinte, 0, 6);
	}

	private String compte(String requete, Long id) {
		return String.valueOf(sql.sql(requete).param(id).query(Long.class).single());
	}

	private long vagueDe(long parcours) {
		return sql.sql("select bi.vague_id from parcours p join binome bi on bi.id = p.binome_id where p.id = ?")
			.param(parcours)
			.query(Long.class)
			.single();
	}

}
