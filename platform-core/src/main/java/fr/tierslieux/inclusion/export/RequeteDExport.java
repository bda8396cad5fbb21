package fr.tierslieux.inclusion.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import fr.tierslieux.inclusion.compte.PerimetreSql;

/**
 * The columns and the statement of each export. Every row belongs to a binôme in the
 * reader's perimeter ({@link PerimetreSql#BINOME}): a referral or an attendance is seen
 * by the tiers-lieu and the agence of the binôme that runs the parcours, by its région's
 * coordination, and by nobody else. A pseudonymised export does not even read the
 * people's names.
 */
record RequeteDExport(List<Colonne> colonnes, String sql, Lecture lecture) {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/**
	 * From a parcours {@code p} to its binôme, vague, tiers-lieu and agence, in scope.
	 */
	private static final String BINOME_DU_PARCOURS = """
			join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
			join tiers_lieu tl on tl.id = bi.tiers_lieu_id join agence ag on ag.id = bi.agence_id
			""";

	private static final String RETENUS = " where " + PerimetreSql.BINOME + """
			and (cast(:vague as bigint) is null or bi.vague_id = :vague)
			and (cast(:departement as varchar) is null or tl.departement_code = :departement)""";

	private static final String LIEU = "v.nom as vague, v.region_code, tl.departement_code, tl.nom as tiers_lieu";

	private static final List<Colonne> COLONNES_DU_LIEU = List.of(Colonne.texte("Vague"), Colonne.texte("Région"),
			Colonne.texte("Département"), Colonne.texte("Tiers-lieu"));

	private static final List<Colonne> PERSONNE_NOMMEE = List.of(Colonne.texte("Nom"), Colonne.texte("Prénom"),
			Colonne.texte("Identifiant France Travail"));

	/** One row of the result set as the file's values. */
	@FunctionalInterface
	interface Lecture {

		Object[] lire(ResultSet rs, Pseudonymes.Calcul pseudonymes) throws SQLException;

	}

	static RequeteDExport de(ActiviteExportee activite, boolean nominatif) {
		return switch (activite) {
			case PARCOURS -> parcours();
			case ATELIERS -> ateliers();
			case PRESENCES -> presences(nominatif);
			case ORIENTATIONS -> orientations(nominatif);
		};
	}

	/** The same rows, counted up to {@code :plafond}. */
	String comptage() {
		return "select count(*) from (select 1 " + sql.substring(sql.indexOf("\nfrom ") + 1)
				+ " limit :plafond) lignes";
	}

	private static RequeteDExport parcours() {
		List<Colonne> colonnes = new ArrayList<>(List.of(Colonne.nombre("Parcours"), Colonne.texte("Intitulé"),
				Colonne.texte("Typologie"), Colonne.texte("Format"), Colonne.date("Début"), Colonne.date("Fin"),
				Colonne.nombre("Places"), Colonne.nombre("Budget (€)")));
		colonnes.addAll(COLONNES_DU_LIEU);
		colonnes.addAll(
				List.of(Colonne.texte("Agence"), Colonne.nombre("Orientations"), Colonne.nombre("Entrées en parcours"),
						Colonne.nombre("Ateliers"), Colonne.nombre("Heures d'accompagnement")));
		String sql = """
				select p.id, p.intitule, p.typologie, p.format, p.date_debut, p.date_fin, p.capacite, p.budget,
				       """ + LIEU + """
				, ag.nom as agence, oc.orientations, oc.entrees,
				       coalesce(bp.ateliers, 0) as ateliers, coalesce(bp.minutes, 0) as minutes
				from parcours p
				""" + BINOME_DU_PARCOURS
				+ """
						left join bilan_parcours bp on bp.parcours_id = p.id
						cross join lateral (
						    select count(*) as orientations,
						           count(*) filter (where exists (select 1 from orientation_transition t
						                                          where t.orientation_id = o.id and t.vers = 'EN_PARCOURS')) as entrees
						    from orientation o where o.parcours_id = p.id) oc"""
				+ RETENUS;
		return new RequeteDExport(colonnes, sql,
				(rs, pseudonymes) -> new Object[] { rs.getLong("id"), rs.getString("intitule"),
						rs.getString("typologie"), rs.getString("format"), date(rs, "date_debut"), date(rs, "date_fin"),
						rs.getInt("capacite"), rs.getBigDecimal("budget"), rs.getString("vague"),
						rs.getString("region_code"), rs.getString("departement_code"), rs.getString("tiers_lieu"),
						rs.getString("agence"), rs.getLong("orientations"), rs.getLong("entrees"),
						rs.getInt("ateliers"), heures(rs.getLong("minutes")) });
	}

	private static RequeteDExport ateliers() {
		List<Colonne> colonnes = new ArrayList<>(
				List.of(Colonne.nombre("Atelier"), Colonne.date("Date"), Colonne.texte("Début"), Colonne.texte("Fin"),
						Colonne.nombre("Durée (minutes)"), Colonne.texte("Intitulé"), Colonne.texte("Type"),
						Colonne.texte("Lieu"), Colonne.texte("Annulé"), Colonne.nombre("Parcours")));
		colonnes.addAll(COLONNES_DU_LIEU);
		colonnes.addAll(List.of(Colonne.nombre("Présents"), Colonne.nombre("Absents"), Colonne.nombre("Excusés")));
		String sql = """
				select a.id, a.date_atelier, to_char(a.heure_debut, 'HH24:MI') as debut,
				       to_char(a.heure_fin, 'HH24:MI') as fin, a.duree_minutes, a.intitule, a.type, a.lieu,
				       a.annulee_le is not null as annule, p.id as parcours_id, """ + LIEU + """
				, pc.presents, pc.absents, pc.excuses
				from atelier a join parcours p on p.id = a.parcours_id
				""" + BINOME_DU_PARCOURS + """
				cross join lateral (
				    select count(*) filter (where pr.statut in ('PRESENT', 'EN_RETARD')) as presents,
				           count(*) filter (where pr.statut = 'ABSENT') as absents,
				           count(*) filter (where pr.statut = 'EXCUSE') as excuses
				    from presence pr where pr.atelier_id = a.id) pc""" + RETENUS;
		return new RequeteDExport(colonnes, sql,
				(rs, pseudonymes) -> new Object[] { rs.getLong("id"), date(rs, "date_atelier"), rs.getString("debut"),
						rs.getString("fin"), rs.getInt("duree_minutes"), rs.getString("intitule"), rs.getString("type"),
						rs.getString("lieu"), rs.getBoolean("annule") ? "oui" : "non", rs.getLong("parcours_id"),
						rs.getString("vague"), rs.getString("region_code"), rs.getString("departement_code"),
						rs.getString("tiers_lieu"), rs.getLong("presents"), rs.getLong("absents"),
						rs.getLong("excuses") });
	}

	private static RequeteDExport presences(boolean nominatif) {
		List<Colonne> colonnes = new ArrayList<>(List.of(Colonne.nombre("Atelier"), Colonne.date("Date"),
				Colonne.texte("Intitulé de l'atelier"), Colonne.texte("Type"), Colonne.nombre("Durée (minutes)")));
		colonnes.addAll(nominatif ? PERSONNE_NOMMEE : List.of(Colonne.texte("Personne (pseudonyme)")));
		colonnes.addAll(List.of(Colonne.texte("Présence"), Colonne.texte("Pointée par la personne"),
				Colonne.nombre("Parcours")));
		colonnes.addAll(COLONNES_DU_LIEU);
		String sql = """
				select a.id, a.date_atelier, a.intitule, a.type, a.duree_minutes, pr.beneficiaire_id,
				       """ + (nominatif ? "b.nom, b.prenom, b.identifiant_ft," : "") + """
				pr.statut, pr.par_la_personne, p.id as parcours_id, """ + LIEU + """

				from presence pr join atelier a on a.id = pr.atelier_id join parcours p on p.id = a.parcours_id
				""" + BINOME_DU_PARCOURS + (nominatif ? "join beneficiaire b on b.id = pr.beneficiaire_id\n" : "")
				+ RETENUS;
		return new RequeteDExport(colonnes, sql, (rs, pseudonymes) -> {
			Object[] debut = { rs.getLong("id"), date(rs, "date_atelier"), rs.getString("intitule"),
					rs.getString("type"), rs.getInt("duree_minutes") };
			Object[] fin = { rs.getString("statut"), rs.getBoolean("par_la_personne") ? "oui" : "non",
					rs.getLong("parcours_id"), rs.getString("vague"), rs.getString("region_code"),
					rs.getString("departement_code"), rs.getString("tiers_lieu") };
			return joindre(debut, personne(rs, pseudonymes, nominatif), fin);
		});
	}

	private static RequeteDExport orientations(boolean nominatif) {
		List<Colonne> colonnes = new ArrayList<>(List.of(Colonne.nombre("Orientation")));
		colonnes.addAll(nominatif ? PERSONNE_NOMMEE : List.of(Colonne.texte("Personne (pseudonyme)")));
		colonnes.addAll(List.of(Colonne.date("Orientée le"), Colonne.texte("Statut"), Colonne.texte("Motif"),
				Colonne.nombre("Parcours"), Colonne.texte("Format")));
		colonnes.addAll(COLONNES_DU_LIEU);
		colonnes.add(Colonne.texte("Agence"));
		String sql = """
				select o.id, o.beneficiaire_id, """ + (nominatif ? "b.nom, b.prenom, b.identifiant_ft," : "") + """
				o.orientee_le, o.statut, t.motif, p.id as parcours_id, p.format, """ + LIEU + """
				, ag.nom as agence
				from orientation o join parcours p on p.id = o.parcours_id
				""" + BINOME_DU_PARCOURS + (nominatif ? "join beneficiaire b on b.id = o.beneficiaire_id\n" : "") + """
				-- a refusal and an abandon end a referral: one transition at most carries its reason
				left join orientation_transition t on t.orientation_id = o.id and t.vers = o.statut
				                                   and t.vers in ('REFUSEE', 'ABANDON')""" + RETENUS;
		return new RequeteDExport(colonnes, sql, (rs, pseudonymes) -> {
			Object[] fin = { rs.getObject("orientee_le", OffsetDateTime.class).atZoneSameInstant(PARIS).toLocalDate(),
					rs.getString("statut"), rs.getString("motif"), rs.getLong("parcours_id"), rs.getString("format"),
					rs.getString("vague"), rs.getString("region_code"), rs.getString("departement_code"),
					rs.getString("tiers_lieu"), rs.getString("agence") };
			return joindre(new Object[] { rs.getLong("id") }, personne(rs, pseudonymes, nominatif), fin);
		});
	}

	private static Object[] personne(ResultSet rs, Pseudonymes.Calcul pseudonymes, boolean nominatif)
			throws SQLException {
		return nominatif ? new Object[] { rs.getString("nom"), rs.getString("prenom"), rs.getString("identifiant_ft") }
				: new Object[] { pseudonymes.de(rs.getLong("beneficiaire_id")) };
	}

	private static Object[] joindre(Object[]... parties) {
		int longueur = 0;
		for (Object[] partie : parties) {
			longueur += partie.length;
		}
		Object[] ligne = new Object[longueur];
		int i = 0;
		for (Object[] partie : parties) {
			System.arraycopy(partie, 0, ligne, i, partie.length);
			i += partie.length;
		}
		return ligne;
	}

	private static LocalDate date(ResultSet rs, String colonne) throws SQLException {
		return rs.getObject(colonne, LocalDate.class);
	}

	private static BigDecimal heures(long minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

}
