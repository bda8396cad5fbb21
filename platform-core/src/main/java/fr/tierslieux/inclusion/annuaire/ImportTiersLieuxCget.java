package fr.tierslieux.inclusion.annuaire;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.fichier.CodeLu;
import fr.tierslieux.inclusion.fichier.ContexteImport;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.fichier.Signalements;
import fr.tierslieux.inclusion.fichier.TypeImport;
import fr.tierslieux.inclusion.territoire.Geographie;

import static fr.tierslieux.inclusion.annuaire.Localisation.coordonnee;
import static fr.tierslieux.inclusion.annuaire.Localisation.texteRepare;

/** The CGET / ANCT national census of tiers-lieux (2019), keyed by name and commune. */
@Component
class ImportTiersLieuxCget extends ImportDeLieux {

	static final String SOURCE = "Recensement CGET 2019";

	ImportTiersLieuxCget(JdbcClient sql, JdbcTemplate jdbc, Geographie geographie, DoublonsPossibles doublons) {
		super(sql, jdbc, geographie, doublons);
	}

	@Override
	public TypeImport type() {
		return TypeImport.TIERS_LIEUX_CGET;
	}

	@Override
	public List<String> colonnesObligatoires(ContexteImport contexte) {
		return List.of("NOM_TL", "ADRESSE", "CP", "INSEECOM", "NOMCOM", "TYPO", "LAT", "LONG");
	}

	@Override
	public LieuImporte lire(Ligne ligne, Signalements signalements, ContexteImport contexte) {
		String nom = texteRepare(ligne.texte("NOM_TL"), "NOM_TL", signalements);
		if (nom == null) {
			signalements.rejeter("NOM_TL", null, "Nom du lieu absent.");
		}
		String commune = texteRepare(ligne.texte("NOMCOM") != null ? ligne.texte("NOMCOM") : ligne.texte("COMINIT"),
				"NOMCOM", signalements);
		String codeInseeDeLaMetropole = null;
		if (commune == null && ligne.texte("NOMCOMMETRO") != null) {
			// 46 places have neither commune nor code, only the commune of their
			// metropolis
			commune = ligne.texte("NOMCOMMETRO");
			codeInseeDeLaMetropole = Nettoyage.codeInsee(ligne.texte("INSEEMETRO"));
			signalements.avertir("NOMCOM", null,
					"Commune absente : celle de la métropole (" + commune + ") est retenue.");
		}
		if (commune == null) {
			signalements.rejeter("NOMCOM", null, "Commune absente.");
		}
		String codeInsee = CodeLu.codeInsee(ligne, "INSEECOM", signalements);
		if (codeInsee == null) {
			codeInsee = codeInseeDeLaMetropole;
		}
		String codePostal = CodeLu.codePostal(ligne, "CP", signalements);
		if (signalements.rejetee()) {
			return null;
		}
		String departement = Localisation.departement(geographie, contexte, signalements, codeInsee, codePostal,
				Nettoyage.codeRegion(ligne.texte("INSEEREG")), ligne.texte("INSEEDEP"));
		if (departement == null) {
			return null;
		}
		BigDecimal[] position = Localisation.position(geographie, contexte, signalements, departement,
				coordonnee(ligne.texte("LAT"), 90, "LAT", signalements),
				coordonnee(ligne.texte("LONG"), 180, "LONG", signalements));
		return new LieuImporte(null, nom, null, texteRepare(ligne.texte("ADRESSE"), "ADRESSE", signalements),
				codePostal, commune, codeInsee, departement, position[0], position[1],
				Nettoyage.url(ligne.texte("WEB")), ImportLieuxCsv.typologies(ligne.texte("TYPO")), SOURCE, null, null,
				null, null, null, null);
	}

}
