package fr.tierslieux.inclusion.annuaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static fr.tierslieux.inclusion.fichier.Nettoyage.tronquer;

/**
 * A tiers-lieu as an import writes it: only the fields imports set (the capacities and
 * accessibility that the coordinator or the facilitators edit are never overwritten).
 *
 * @param identifiantStandard the médiation numérique standard's {@code id}, if from it
 * @param source where the row comes from (for the coordinator reading the directory)
 */
record LieuImporte(String identifiantStandard, String nom, String siret, String adresse, String codePostal,
		String commune, String codeInsee, String departement, BigDecimal latitude, BigDecimal longitude, String siteWeb,
		Set<TiersLieuTypologie> typologies, String source, String telephone, String courriels, String horaires,
		String presentation, String services, LocalDate misAJourLe) {

	LieuImporte {
		identifiantStandard = tronquer(identifiantStandard, 200);
		nom = tronquer(nom, 200);
		adresse = tronquer(adresse, 300);
		commune = tronquer(commune, 150);
		siteWeb = tronquer(siteWeb, 300);
		source = tronquer(source, 100);
		telephone = tronquer(telephone, 30);
		courriels = tronquer(courriels, 500);
		horaires = tronquer(horaires, 500);
		presentation = tronquer(presentation, 500);
		services = tronquer(services, 1000);
		typologies = typologies == null || typologies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(typologies));
	}

	/**
	 * What this row makes of a place already known: its values where it has some, the
	 * place's own elsewhere (an import never blanks a field), typologies added to the
	 * place's.
	 */
	LieuImporte completer(LieuImporte existant) {
		EnumSet<TiersLieuTypologie> toutes = EnumSet.noneOf(TiersLieuTypologie.class);
		toutes.addAll(existant.typologies());
		toutes.addAll(typologies);
		return new LieuImporte(ou(identifiantStandard, existant.identifiantStandard()), ou(nom, existant.nom()),
				ou(siret, existant.siret()), ou(adresse, existant.adresse()), ou(codePostal, existant.codePostal()),
				ou(commune, existant.commune()), ou(codeInsee, existant.codeInsee()),
				ou(departement, existant.departement()), ou(latitude, existant.latitude()),
				ou(longitude, existant.longitude()), ou(siteWeb, existant.siteWeb()), toutes,
				ou(source, existant.source()), ou(telephone, existant.telephone()), ou(courriels, existant.courriels()),
				ou(horaires, existant.horaires()), ou(presentation, existant.presentation()),
				ou(services, existant.services()), ou(misAJourLe, existant.misAJourLe()));
	}

	private static <V> V ou(V valeur, V sinon) {
		return valeur != null ? valeur : sinon;
	}

}
