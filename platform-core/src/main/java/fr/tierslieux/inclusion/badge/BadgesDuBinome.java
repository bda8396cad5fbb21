package fr.tierslieux.inclusion.badge;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.binome.LectureDesBinomes.EnTete;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas.Carte;
import fr.tierslieux.inclusion.parcours.GenreCarte;

/**
 * The badges a binôme defines for its parcours: what each recognises, the rules that open
 * it (attendance, criteria reached), the competences it is aligned with and its image.
 * Both sides of the binôme and its coordination write them; whoever sees the binôme reads
 * them.
 */
@Service
@Transactional(readOnly = true)
public class BadgesDuBinome {

	private static final byte[] SIGNATURE_PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final int COTE_MAX = 2048;

	private static final String COLONNES = """
			b.id, b.binome_id, b.nom, b.description, b.criteres, b.presence_minimale, b.criteres_atteints,
			b.note_minimale, b.validite_mois, b.image is not null as avec_image, b.version,
			(select string_agg(k.genre || ':' || k.code, ' ' order by k.genre, k.code) from badge_competence k
			 where k.badge_id = b.id) as competences,
			(select count(*) from badge_attribue a where a.badge_id = b.id and a.revoque_le is null) as attribues
			from badge b""";

	private final JdbcClient sql;

	private final LectureDesBinomes binomes;

	private final CartesDuCanevas cartes;

	private final Clock clock;

	BadgesDuBinome(JdbcClient sql, LectureDesBinomes binomes, CartesDuCanevas cartes, Clock clock) {
		this.sql = sql;
		this.binomes = binomes;
		this.cartes = cartes;
		this.clock = clock;
	}

	/** The binôme's badges, oldest first. */
	public BadgesLus badges(Perimetre qui, Long binomeId) {
		EnTete binome = binomes.entete(qui, binomeId, false);
		List<Badge> badges = sql.sql("select " + COLONNES + " where b.binome_id = :b order by b.id")
			.param("b", binomeId)
			.query(BadgesDuBinome::badge)
			.list();
		return new BadgesLus(binome, badges, definissablePar(binome, qui), binome.coteDe(qui) == Cote.TIERS_LIEU);
	}

	/** One badge of a binôme the reader sees. */
	public Badge badge(Perimetre qui, Long badgeId) {
		Badge badge = badgeSansPerimetre(badgeId);
		binomes.entete(qui, badge.binomeId(), false);
		return badge;
	}

	/** A badge's definition, public as every credential given carries it. */
	public Badge definition(Long badgeId) {
		return badgeSansPerimetre(badgeId);
	}

	Badge badgeSansPerimetre(Long badgeId) {
		return sql.sql("select " + COLONNES + " where b.id = :id")
			.param("id", badgeId)
			.query(BadgesDuBinome::badge)
			.optional()
			.orElseThrow(() -> new IntrouvableException("badge", badgeId));
	}

	@Transactional
	public Long definir(Perimetre qui, Long binomeId, NouveauBadge nouveau) {
		EnTete binome = binomes.entete(qui, binomeId, true);
		verifierDefinissable(binome, qui);
		NouveauBadge propre = valider(nouveau);
		Long id = valeurs(sql.sql("""
				insert into badge (binome_id, nom, description, criteres, presence_minimale, criteres_atteints,
				  note_minimale, validite_mois, image, cree_par, cree_le)
				values (:b, :nom, :description, :criteres, :presence, :atteints, :note, :validite, :image, :par, :le)
				returning id"""), propre).param("b", binomeId)
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		ecrireCompetences(id, propre.competences());
		return id;
	}

	/**
	 * Changes a badge for the people who will receive it; the ones already given keep
	 * what they were signed with.
	 */
	@Transactional
	public void modifier(Perimetre qui, Long badgeId, NouveauBadge nouveau, long version) {
		Badge badge = badgeSansPerimetre(badgeId);
		verifierDefinissable(binomes.entete(qui, badge.binomeId(), true), qui);
		NouveauBadge propre = valider(nouveau);
		int modifies = valeurs(sql.sql("""
				update badge set nom = :nom, description = :description, criteres = :criteres,
				  presence_minimale = :presence, criteres_atteints = :atteints, note_minimale = :note,
				  validite_mois = :validite, image = coalesce(:image, image), version = version + 1
				where id = :id and version = :version"""), propre).param("id", badgeId)
			.param("version", version)
			.update();
		if (modifies == 0) {
			throw ConflitException.modificationConcurrente();
		}
		sql.sql("delete from badge_competence where badge_id = :id").param("id", badgeId).update();
		ecrireCompetences(badgeId, propre.competences());
	}

	private static JdbcClient.StatementSpec valeurs(JdbcClient.StatementSpec requete, NouveauBadge badge) {
		return requete.param("nom", badge.nom())
			.param("description", badge.description())
			.param("criteres", badge.criteres())
			.param("presence", badge.presenceMinimale())
			.param("atteints", badge.criteresAtteints())
			.param("note", badge.noteMinimale())
			.param("validite", badge.validiteMois())
			.param("image", badge.image());
	}

	/** The badge's own image, or null: the platform's. Public, as the badge shows it. */
	public byte[] image(Long badgeId) {
		return sql.sql("select image from badge where id = :id")
			.param("id", badgeId)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new IntrouvableException("badge", badgeId));
	}

	/**
	 * @throws AccesRefuseException unless the reader defines the binôme's badges (a form
	 * refused before its values are judged)
	 */
	public void verifierDefinissable(Perimetre qui, Long binomeId) {
		verifierDefinissable(binomes.entete(qui, binomeId, false), qui);
	}

	private static boolean definissablePar(EnTete binome, Perimetre qui) {
		return binome.coteDe(qui) != null || binome.coordonnePar(qui);
	}

	private static void verifierDefinissable(EnTete binome, Perimetre qui) {
		if (!definissablePar(binome, qui)) {
			throw new AccesRefuseException("les deux côtés du binôme et sa coordination définissent ses badges");
		}
	}

	private void ecrireCompetences(Long badgeId, List<String> competences) {
		for (String cle : competences) {
			String[] genreEtCode = cle.split(":", 2);
			sql.sql("insert into badge_competence (badge_id, genre, code) values (:b, :genre, :code)")
				.param("b", badgeId)
				.param("genre", genreEtCode[0])
				.param("code", genreEtCode[1])
				.update();
		}
	}

	private NouveauBadge valider(NouveauBadge saisi) {
		String nom = Saisie.nettoyer(saisi.nom(), Integer.MAX_VALUE);
		if (nom.isEmpty()) {
			throw new SaisieRefuseeException("nom", "badge.nomManquant");
		}
		if (nom.length() > NouveauBadge.NOM_MAX) {
			throw new SaisieRefuseeException("nom", "badge.tropLong", NouveauBadge.NOM_MAX);
		}
		String description = paragraphes("description", saisi.description());
		String criteres = paragraphes("criteres", saisi.criteres());
		if (saisi.presenceMinimale() < 0 || saisi.presenceMinimale() > 100) {
			throw new SaisieRefuseeException("presenceMinimale", "badge.presenceHorsBornes");
		}
		if (saisi.criteresAtteints() < 0 || saisi.criteresAtteints() > 4) {
			throw new SaisieRefuseeException("criteresAtteints", "badge.criteresHorsBornes");
		}
		if (saisi.noteMinimale() < 1 || saisi.noteMinimale() > 4) {
			throw new SaisieRefuseeException("noteMinimale", "badge.noteHorsBornes");
		}
		if (saisi.validiteMois() != null && (saisi.validiteMois() < 1 || saisi.validiteMois() > 120)) {
			throw new SaisieRefuseeException("validiteMois", "badge.validiteHorsBornes");
		}
		Set<String> competences = new LinkedHashSet<>();
		for (String cle : saisi.competences() == null ? List.<String>of() : saisi.competences()) {
			Carte carte = cartes.carte(cle);
			if (carte == null || carte.genre() == GenreCarte.CONTRAINTE) {
				throw new SaisieRefuseeException("competences", "badge.competenceInconnue");
			}
			competences.add(carte.cle());
		}
		return new NouveauBadge(nom, description, criteres, saisi.presenceMinimale(), saisi.criteresAtteints(),
				saisi.noteMinimale(), saisi.validiteMois(), List.copyOf(competences), image(saisi.image()));
	}

	private static String paragraphes(String champ, String texte) {
		String propre = Saisie.nettoyerParagraphes(texte, Integer.MAX_VALUE);
		if (propre == null) {
			throw new SaisieRefuseeException(champ, "badge." + champ + "Manquant");
		}
		if (propre.length() > NouveauBadge.TEXTE_MAX) {
			throw new SaisieRefuseeException(champ, "badge.tropLong", NouveauBadge.TEXTE_MAX);
		}
		return propre;
	}

	/** A PNG that opens, not too heavy nor too large; null when none was sent. */
	private static byte[] image(byte[] octets) {
		if (octets == null || octets.length == 0) {
			return null;
		}
		if (octets.length > NouveauBadge.IMAGE_MAX_OCTETS) {
			throw new SaisieRefuseeException("image", "badge.imageTropLourde", NouveauBadge.IMAGE_MAX_OCTETS / 1024);
		}
		if (octets.length < SIGNATURE_PNG.length
				|| !Arrays.equals(Arrays.copyOf(octets, SIGNATURE_PNG.length), SIGNATURE_PNG)) {
			throw new SaisieRefuseeException("image", "badge.imagePasPng");
		}
		BufferedImage lue = lire(octets);
		if (lue == null) {
			throw new SaisieRefuseeException("image", "badge.imagePasPng");
		}
		if (lue.getWidth() > COTE_MAX || lue.getHeight() > COTE_MAX) {
			throw new SaisieRefuseeException("image", "badge.imageTropGrande", COTE_MAX);
		}
		return octets;
	}

	/** The image, or null when the PNG codec cannot read it. */
	private static BufferedImage lire(byte[] octets) {
		try {
			return ImageIO.read(new ByteArrayInputStream(octets));
		}
		catch (IOException | RuntimeException illisible) {
			return null;
		}
	}

	private static Badge badge(ResultSet rs, int n) throws SQLException {
		String competences = rs.getString("competences");
		return new Badge(rs.getLong("id"), rs.getLong("binome_id"), rs.getString("nom"), rs.getString("description"),
				rs.getString("criteres"), rs.getInt("presence_minimale"), rs.getInt("criteres_atteints"),
				rs.getInt("note_minimale"), rs.getObject("validite_mois", Integer.class),
				competences == null ? List.of() : List.of(competences.split(" ")), rs.getBoolean("avec_image"),
				rs.getLong("version"), rs.getLong("attribues"));
	}

	/**
	 * @param definissables whether the reader defines the binôme's badges
	 * @param attribuables whether the reader gives them (the tiers-lieu)
	 */
	public record BadgesLus(EnTete binome, List<Badge> badges, boolean definissables, boolean attribuables) {
	}

}
