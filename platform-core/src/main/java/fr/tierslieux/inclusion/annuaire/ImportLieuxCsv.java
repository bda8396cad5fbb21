package fr.tierslieux.inclusion.annuaire;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.fichier.ChampACorrespondre;
import fr.tierslieux.inclusion.fichier.CodeLu;
import fr.tierslieux.inclusion.fichier.ContexteImport;
import fr.tierslieux.inclusion.fichier.FichierRefuseException;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.fichier.Signalements;
import fr.tierslieux.inclusion.fichier.TypeImport;
import fr.tierslieux.inclusion.territoire.Geographie;

import static fr.tierslieux.inclusion.annuaire.Localisation.coordonnee;
import static fr.tierslieux.inclusion.annuaire.Localisation.texteRepare;

/**
 * Any CSV list of places (a regional census, a list of France Services…), read through
 * the column mapping the user gave ({@link ChampDeLieu} → column).
 */
@Component
class ImportLieuxCsv extends ImportDeLieux {

	static final String SOURCE = "Liste importée";

	/** Words that give a typology when the list has a free-text "type" column. */
	private static final Map<String, TiersLieuTypologie> MOTS = Map.of("cowork", TiersLieuTypologie.COWORKING, "fablab",
			TiersLieuTypologie.FABLAB, "fab lab", TiersLieuTypologie.FABLAB, "food", TiersLieuTypologie.FOODLAB,
			"maker", TiersLieuTypologie.MAKERSPACE, "friche", TiersLieuTypologie.FRICHE_CULTURELLE, "atelier partag",
			TiersLieuTypologie.ATELIER_PARTAGE, "cultur", TiersLieuTypologie.TIERS_LIEU_CULTUREL);

	ImportLieuxCsv(JdbcClient sql, JdbcTemplate jdbc, Geographie geographie, DoublonsPossibles doublons) {
		super(sql, jdbc, geographie, doublons);
	}

	@Override
	public TypeImport type() {
		return TypeImport.LIEUX_CSV;
	}

	@Override
	public List<ChampACorrespondre> champs() {
		return Arrays.stream(ChampDeLieu.values()).map(c -> new ChampACorrespondre(c.name(), c.obligatoire())).toList();
	}

	@Override
	public List<String> colonnesObligatoires(ContexteImport contexte) {
		List<ChampDeLieu> manquants = ChampDeLieu.obligatoires()
			.stream()
			.filter(c -> contexte.correspondance().get(c.name()) == null)
			.toList();
		if (!manquants.isEmpty()) {
			throw new FichierRefuseException("Indiquez la colonne de chaque champ obligatoire (nom et commune).");
		}
		return ChampDeLieu.obligatoires().stream().map(c -> contexte.correspondance().get(c.name())).toList();
	}

	@Override
	public LieuImporte lire(Ligne ligne, Signalements signalements, ContexteImport contexte) {
		Map<String, String> colonnes = contexte.correspondance();
		String nom = texteRepare(valeur(ligne, colonnes, ChampDeLieu.NOM), "nom", signalements);
		String commune = texteRepare(valeur(ligne, colonnes, ChampDeLieu.COMMUNE), "commune", signalements);
		if (nom == null) {
			signalements.rejeter(colonnes.get(ChampDeLieu.NOM.name()), null, "Nom du lieu absent.");
		}
		if (commune == null) {
			signalements.rejeter(colonnes.get(ChampDeLieu.COMMUNE.name()), null, "Commune absente.");
		}
		String codeInsee = CodeLu.codeInsee(ligne, colonnes.get(ChampDeLieu.CODE_INSEE.name()), signalements);
		String codePostal = CodeLu.codePostal(ligne, colonnes.get(ChampDeLieu.CODE_POSTAL.name()), signalements);
		if (signalements.rejetee()) {
			return null;
		}
		String departement = Localisation.departement(geographie, contexte, signalements, codeInsee, codePostal, null);
		if (departement == null) {
			return null;
		}
		BigDecimal[] position = Localisation.position(geographie, contexte, signalements, departement,
				coordonnee(valeur(ligne, colonnes, ChampDeLieu.LATITUDE), 90, "latitude", signalements),
				coordonnee(valeur(ligne, colonnes, ChampDeLieu.LONGITUDE), 180, "longitude", signalements));
		String siret = valeur(ligne, colonnes, ChampDeLieu.SIRET);
		siret = siret == null ? null : siret.replace(" ", "");
		return new LieuImporte(null, nom, siret != null && siret.matches("^[0-9]{14}$") ? siret : null,
				texteRepare(valeur(ligne, colonnes, ChampDeLieu.ADRESSE), "adresse", signalements), codePostal, commune,
				codeInsee, departement, position[0], position[1],
				Nettoyage.url(valeur(ligne, colonnes, ChampDeLieu.SITE_WEB)),
				typologies(valeur(ligne, colonnes, ChampDeLieu.TYPOLOGIE)), SOURCE, null, null, null, null, null, null);
	}

	private static String valeur(Ligne ligne, Map<String, String> colonnes, ChampDeLieu champ) {
		String colonne = colonnes.get(champ.name());
		return colonne == null ? null : ligne.texte(colonne);
	}

	static Set<TiersLieuTypologie> typologies(String texte) {
		if (texte == null) {
			return Set.of();
		}
		String t = texte.toLowerCase(Locale.ROOT);
		Set<TiersLieuTypologie> typologies = EnumSet.noneOf(TiersLieuTypologie.class);
		MOTS.forEach((mot, typologie) -> {
			if (t.contains(mot)) {
				typologies.add(typologie);
			}
		});
		return typologies.isEmpty() ? Set.of(TiersLieuTypologie.AUTRE) : typologies;
	}

}
