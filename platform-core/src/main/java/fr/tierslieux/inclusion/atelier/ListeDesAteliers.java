package fr.tierslieux.inclusion.atelier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.PerimetreSql;

/**
 * The ateliers of the binômes in a perimeter, newest first, read by key (date, start, id)
 * along the chronological index: every page costs what the first does, for a tiers-lieu's
 * hundred ateliers as for the country's two hundred thousand.
 */
@Component
class ListeDesAteliers {

	/**
	 * The parcours of the binômes in scope (a few thousand at most), one indexed branch
	 * per kind of attachment: as one {@code or}, PostgreSQL would expect a thousand
	 * parcours for a tiers-lieu's three and walk the whole chronology to find them.
	 */
	private static final String PARCOURS_VISIBLES = """
			select p.id from parcours p join binome bi on bi.id = p.binome_id where bi.tiers_lieu_id in (:tiersLieux)
			union select p.id from parcours p join binome bi on bi.id = p.binome_id where bi.agence_id in (:agences)
			union select p.id from parcours p join binome bi on bi.id = p.binome_id
			join vague v on v.id = bi.vague_id where v.region_code in (:regions)""";

	private static final String CLES = "a.date_atelier, a.heure_debut, a.id";

	private final JdbcClient jdbc;

	ListeDesAteliers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Tranche<AtelierLigne> tranche(Perimetre perimetre, Curseur curseur) {
		String visibles = visibles(perimetre);
		// newest first: going forward is going back in time
		String sens = curseur.enArriere() ? "" : " desc";
		String repere = curseur.repere() == null ? "" : " and (" + CLES + ") " + (curseur.enArriere() ? ">" : "<")
				+ " (select " + CLES + " from atelier a where a.id = :repere and " + visibles + ")";
		List<AtelierLigne> lignes = parametres(jdbc.sql("""
				select a.id, a.date_atelier, a.heure_debut, a.heure_fin, a.intitule, p.intitule as parcours,
				       tl.nom as tiers_lieu, a.lieu, a.type, a.annulee_le is not null as annulee
				from atelier a join parcours p on p.id = a.parcours_id join binome bi on bi.id = p.binome_id
				join tiers_lieu tl on tl.id = bi.tiers_lieu_id
				where """ + " " + visibles + repere + " order by " + CLES.replace(",", sens + ",") + sens
				+ " limit :lire"), perimetre)
			.param("repere", curseur.repere())
			.param("lire", curseur.taille() + 1)
			.query((rs, i) -> new AtelierLigne(rs.getLong("id"), rs.getObject("date_atelier", LocalDate.class),
					rs.getObject("heure_debut", LocalTime.class), rs.getObject("heure_fin", LocalTime.class),
					rs.getString("intitule"), rs.getString("parcours"), rs.getString("tiers_lieu"),
					rs.getString("lieu"), TypeAtelier.valueOf(rs.getString("type")), rs.getBoolean("annulee")))
			.list();
		Comptage total = Comptage.de(curseur, lignes.size(),
				() -> parametres(jdbc.sql(Comptage.requete("select 1 from atelier a where " + visibles)), perimetre)
					.query(Long.class)
					.single());
		return Tranche.lue(lignes, curseur, total, AtelierLigne::id);
	}

	/**
	 * Nothing for an admin (the chronological index); a région's ateliers along its own
	 * chronological index (the région of the vague, copied on each atelier); the few
	 * parcours of agences or tiers-lieux, gathered then sorted.
	 */
	private static String visibles(Perimetre perimetre) {
		if (perimetre.voitTout()) {
			return "true";
		}
		if (perimetre.agences().isEmpty() && perimetre.tiersLieux().isEmpty()) {
			return "a.region_code in (:regions)";
		}
		return "a.parcours_id in (" + PARCOURS_VISIBLES + ")";
	}

	private static JdbcClient.StatementSpec parametres(JdbcClient.StatementSpec requete, Perimetre perimetre) {
		return PerimetreSql.lier(requete, perimetre);
	}

}
