package fr.tierslieux.inclusion.parcours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The presentation sheet of a validated parcours, for counsellors and the job seekers
 * they refer: what, where, when, for whom, how to get there. Parcours designed before the
 * canvas existed show what their record holds.
 */
@Service
@Transactional(readOnly = true)
public class PresentationParcours {

	private final JdbcClient sql;

	private final CartesDuCanevas cartes;

	PresentationParcours(JdbcClient sql, CartesDuCanevas cartes) {
		this.sql = sql;
		this.cartes = cartes;
	}

	public Presentation presentation(Perimetre qui, Long parcoursId) {
		Presentation sansSeances = LectureDesBinomes.perimetre(sql.sql("""
				select p.id, p.intitule, p.typologie, p.format, p.public_cible, p.date_debut, p.date_fin, p.capacite,
				       c.id as canevas_id, c.objectifs, c.phase_decouverte, c.phase_apprentissage, c.phase_pratique,
				       c.phase_projet, coalesce(c.lieu, t.nom) as lieu, c.acces, t.nom as tiers_lieu, t.adresse,
				       t.code_postal, t.commune, a.nom as agence
				from parcours p join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
				join tiers_lieu t on t.id = bi.tiers_lieu_id join agence a on a.id = bi.agence_id
				left join canevas c on c.parcours_id = p.id
				where p.id = :id and """ + " " + LectureDesBinomes.DANS_LE_PERIMETRE), qui)
			.param("id", parcoursId)
			.query((rs, n) -> new Presentation(rs.getLong("id"), rs.getString("intitule"),
					TypologieParcours.valueOf(rs.getString("typologie")),
					FormatParcours.valueOf(rs.getString("format")), rs.getString("public_cible"),
					rs.getString("objectifs"),
					List.of(texte(rs.getString("phase_decouverte")), texte(rs.getString("phase_apprentissage")),
							texte(rs.getString("phase_pratique")), texte(rs.getString("phase_projet"))),
					rs.getObject("date_debut", LocalDate.class), rs.getObject("date_fin", LocalDate.class),
					rs.getInt("capacite"), rs.getString("lieu"), rs.getString("acces"), rs.getString("tiers_lieu"),
					rs.getString("adresse"), rs.getString("code_postal"), rs.getString("commune"),
					rs.getString("agence"), competences(rs.getObject("canevas_id", Long.class)), List.of()))
			.optional()
			.orElseThrow(() -> new IntrouvableException("parcours", parcoursId));
		List<Seance> seances = sql.sql("""
				select intitule, date_atelier, heure_debut, heure_fin, lieu from atelier where parcours_id = :id
				order by date_atelier, heure_debut, id""")
			.param("id", parcoursId)
			.query((rs, n) -> new Seance(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), rs.getString(5)))
			.list();
		return sansSeances.avec(seances);
	}

	private List<String> competences(Long canevasId) {
		if (canevasId == null) {
			return List.of();
		}
		return sql.sql("""
				select genre || ':' || code from canevas_carte where canevas_id = :id and genre <> 'CONTRAINTE'
				order by genre desc, code""")
			.param("id", canevasId)
			.query(String.class)
			.list()
			.stream()
			.map(cartes::carte)
			.filter(java.util.Objects::nonNull)
			.map(c -> (c.genre() == GenreCarte.PIX ? "Pix " : "DigComp ") + c.code() + " — " + c.libelle())
			.toList();
	}

	private static String texte(String texte) {
		return texte == null ? "" : texte;
	}

	/**
	 * @param phases découverte, apprentissage, pratique, projet (empty when not written)
	 * @param competences the competence cards, as sentences
	 */
	public record Presentation(Long id, String intitule, TypologieParcours typologie, FormatParcours format,
			String publicCible, String objectifs, List<String> phases, LocalDate dateDebut, LocalDate dateFin,
			int capacite, String lieu, String acces, String tiersLieu, String adresse, String codePostal,
			String commune, String agence, List<String> competences, List<Seance> seances) {

		Presentation avec(List<Seance> seances) {
			return new Presentation(id, intitule, typologie, format, publicCible, objectifs, phases, dateDebut, dateFin,
					capacite, lieu, acces, tiersLieu, adresse, codePostal, commune, agence, competences,
					List.copyOf(seances));
		}

		public boolean avecPhases() {
			return phases.stream().anyMatch(p -> !p.isEmpty());
		}

	}

	public record Seance(String intitule, LocalDate date, LocalTime debut, LocalTime fin, String lieu) {
	}

}
