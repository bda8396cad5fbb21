package fr.tierslieux.inclusion.presence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.PerimetreSql;

/**
 * The attendance figures shown beside the rows of a list or a person's page, in SQL: one
 * statement per page, and no query translation redone for each list of ids.
 */
@Component
class ChiffresDePresence {

	/** The statuses that count as having come, as SQL parameters. */
	private static final List<String> PRESENTS = PresenceStatut.PRESENTS.stream().map(Enum::name).toList();

	private final JdbcClient jdbc;

	/** Unexcused absences from one parcours at which its counsellor is warned. */
	private final int seuilDAlerte;

	ChiffresDePresence(JdbcClient jdbc, @Value("${plateforme.presences.alerte-absences:2}") int seuilDAlerte) {
		this.seuilDAlerte = seuilDAlerte;
		this.jdbc = jdbc;
	}

	/** Per atelier: people on its sheet, and those who came. */
	Map<Long, Emargement> parAtelier(Collection<Long> ateliers) {
		Map<Long, Emargement> resultat = new HashMap<>();
		jdbc.sql("""
				select atelier_id, count(*) as inscrits, count(*) filter (where statut in (:presents)) as presents
				from presence where atelier_id in (:ateliers) group by atelier_id
				""").param("ateliers", ateliers).param("presents", PRESENTS).query(rs -> {
			resultat.put(rs.getLong("atelier_id"), new Emargement(rs.getLong("inscrits"), rs.getLong("presents")));
		});
		return resultat;
	}

	/**
	 * Per person: ateliers attended that the reader may see (those of a binôme in scope,
	 * or any of a person the reader's agence follows).
	 */
	Map<Long, Long> parBeneficiaire(Perimetre lecteur, Collection<Long> beneficiaires) {
		Map<Long, Long> resultat = new HashMap<>();
		PerimetreSql.lier(jdbc.sql("""
				select b.id, count(*) as ateliers
				from presence pr join beneficiaire b on b.id = pr.beneficiaire_id
				join agence ag on ag.id = b.agence_id join departement d on d.code = ag.departement_code
				join atelier a on a.id = pr.atelier_id join parcours p on p.id = a.parcours_id
				join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
				where b.id in (:beneficiaires) and pr.statut in (:presents)
				  and (""" + PerimetreSql.AGENCE_DE_LA_PERSONNE + " or " + PerimetreSql.BINOME + """
				) group by b.id
				"""), lecteur).param("beneficiaires", beneficiaires).param("presents", PRESENTS).query(rs -> {
			resultat.put(rs.getLong("id"), rs.getLong("ateliers"));
		});
		return resultat;
	}

	/** Per parcours asked: its ateliers, and those the person attended. */
	Map<Long, Assiduite> assiduite(Long beneficiaire, Collection<Long> parcours) {
		Map<Long, Assiduite> resultat = new HashMap<>();
		jdbc.sql("""
				select p.id,
				       (select count(*) from atelier a where a.parcours_id = p.id and a.annulee_le is null) as ateliers,
				       (select count(*) from presence pr join atelier a on a.id = pr.atelier_id
				        where a.parcours_id = p.id and pr.beneficiaire_id = :beneficiaire and pr.statut = 'ABSENT')
				         as absences,
				       (select count(*) from presence pr join atelier a on a.id = pr.atelier_id
				        where a.parcours_id = p.id and pr.beneficiaire_id = :beneficiaire and pr.statut in (:presents))
				         as suivis
				from parcours p where p.id in (:parcours)
				""")
			.param("beneficiaire", beneficiaire)
			.param("parcours", parcours)
			.param("presents", PRESENTS)
			.query(rs -> {
				long absences = rs.getLong("absences");
				resultat.put(rs.getLong("id"), new Assiduite(rs.getLong("suivis"), rs.getLong("ateliers"), absences,
						absences >= seuilDAlerte));
			});
		return resultat;
	}

}
