package fr.tierslieux.inclusion.beneficiaire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.PerimetreSql;

/**
 * The reads of a person's page, in SQL: it is the page counsellors open most, and each of
 * these queries takes lists of ids, which Hibernate translates again at every call.
 * Scoped by the rule of ADR 0005 ({@link PerimetreSql}); the exact-set tests hold them to
 * it.
 */
@Component
class FicheEnSql {

	/**
	 * The person, their agence and its département, as {@code b}, {@code ag}, {@code d}.
	 */
	private static final String PERSONNE = """
			beneficiaire b join agence ag on ag.id = b.agence_id join departement d on d.code = ag.departement_code""";

	private final JdbcClient jdbc;

	FicheEnSql(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The person if the reader follows them or sees one of their referrals; an anonymised
	 * record is nobody's any more.
	 */
	Optional<BeneficiaireFiche> personne(Long id, Perimetre perimetre) {
		return PerimetreSql.lier(jdbc.sql("""
				select b.id, b.nom, b.prenom, b.email, b.telephone, ag.nom as agence, c.nom_affiche as conseiller,
				       b.profil, b.avec_prerequis, b.date_consentement
				from\s""" + PERSONNE + """
				 left join utilisateur c on c.id = b.conseiller_id
				where b.id = :id and b.anonymisee_le is null and (""" + PerimetreSql.AGENCE_DE_LA_PERSONNE + """
				or exists (select 1 from orientation o join parcours p on p.id = o.parcours_id
				           join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
				           where o.beneficiaire_id = b.id and\s""" + PerimetreSql.BINOME + "))"), perimetre)
			.param("id", id)
			.query((rs, i) -> new BeneficiaireFiche(rs.getLong("id"), rs.getString("nom"), rs.getString("prenom"),
					rs.getString("email"), rs.getString("telephone"), rs.getString("agence"),
					rs.getString("conseiller"), ProfilBeneficiaire.valueOf(rs.getString("profil")),
					rs.getBoolean("avec_prerequis"), rs.getObject("date_consentement", LocalDate.class), List.of()))
			.optional();
	}

	/** The person's referrals the reader may see, newest first. */
	List<OrientationLigne> orientations(Long beneficiaireId, Perimetre perimetre) {
		return PerimetreSql
			.lier(jdbc
				.sql("""
						select o.id, p.id as parcours_id, bi.id as binome_id, p.intitule, tl.nom as tiers_lieu, o.statut, o.orientee_le, o.version,
						       """
						+ PerimetreSql.BINOME + """
								 as du_binome
								from orientation o join\s""" + PERSONNE + """
								 on b.id = o.beneficiaire_id
								join parcours p on p.id = o.parcours_id join binome bi on bi.id = p.binome_id
								join vague v on v.id = bi.vague_id join tiers_lieu tl on tl.id = bi.tiers_lieu_id
								where b.id = :beneficiaire and (""" + PerimetreSql.AGENCE_DE_LA_PERSONNE + " or "
						+ PerimetreSql.BINOME + """
								) order by o.orientee_le desc, o.id desc
								"""),
					perimetre)
			.param("beneficiaire", beneficiaireId)
			.query((rs, i) -> new OrientationLigne(rs.getLong("id"), rs.getLong("parcours_id"), rs.getLong("binome_id"),
					rs.getString("intitule"), rs.getString("tiers_lieu"),
					OrientationStatut.valueOf(rs.getString("statut")),
					rs.getObject("orientee_le", OffsetDateTime.class).toInstant(), rs.getLong("version"),
					rs.getBoolean("du_binome")))
			.list();
	}

	/** The timelines of the given referrals, oldest first. */
	List<Transition> transitions(Collection<Long> orientations) {
		return jdbc.sql("""
				select orientation_id, de, vers, auteur, motif, survenue_le from orientation_transition
				where orientation_id in (:orientations) order by survenue_le, id
				""")
			.param("orientations", orientations)
			.query((rs, i) -> new Transition(rs.getLong("orientation_id"),
					rs.getString("de") == null ? null : OrientationStatut.valueOf(rs.getString("de")),
					OrientationStatut.valueOf(rs.getString("vers")), rs.getString("auteur"), rs.getString("motif"),
					rs.getObject("survenue_le", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** A line of a referral's timeline, with the referral it belongs to. */
	record Transition(Long orientationId, OrientationStatut de, OrientationStatut vers, String auteur, String motif,
			Instant survenueLe) {
	}

}
