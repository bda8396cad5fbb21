package fr.tierslieux.inclusion.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The money of the generated vagues, so that the budget pages and exports are measured on
 * real volumes: the tariff table of each vague (the database trigger that writes it may
 * be off during generation), one subvention per tiers-lieu covering its binômes, each
 * parcours and each binôme's engineering committed on it, half of it paid. Set-based;
 * added once, also to a dataset generated before it existed.
 */
final class BudgetGenere {

	private static final String AUTEUR = "generation";

	private BudgetGenere() {
	}

	static boolean dejaPresent(Connection connexion) throws SQLException {
		try (Statement statement = connexion.createStatement();
				ResultSet rs = statement
					.executeQuery("select exists (select 1 from convention where cree_par = '" + AUTEUR + "')")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	static Map<String, Long> ajouter(Connection connexion) throws SQLException {
		Map<String, Long> lignes = new LinkedHashMap<>();
		try (Statement statement = connexion.createStatement()) {
			lignes.put("tarif_vague", statement.executeLargeUpdate(
					"""
							insert into tarif_vague (vague_id, format, montant)
							select v.id, f.format, f.montant from vague v
							cross join (values ('COURT', 5000), ('LONG', 10000), ('LONG_AUGMENTE', 15000), ('LONG_INTENSIF', 15000))
							     f(format, montant)
							on conflict do nothing"""));
			lignes.put("bareme_vague", statement.executeLargeUpdate("""
					insert into bareme_vague (vague_id, numero, enveloppe_coordination, ingenierie_binome, tarif_court,
					                          tarif_long, tarif_long_augmente, tarif_long_intensif)
					select v.id, 1, v.enveloppe_budget, v.ingenierie_binome, 5000, 10000, 15000, 15000 from vague v
					where not exists (select 1 from bareme_vague b where b.vague_id = v.id)"""));
			lignes.put("convention",
					statement.executeLargeUpdate(
							"""
									insert into convention (tiers_lieu_id, numero, signataire, type, objet, debut, fin, montant, cout_action,
									                        cree_par)
									select s.tiers_lieu_id, 'NAT-' || s.tiers_lieu_id, tl.nom, 'SUBVENTION', 'NUMERIQUE', s.debut, s.fin,
									       s.total, s.total * 2, '%s'
									from (select bi.tiers_lieu_id, min(v.debut) as debut, max(v.fin) as fin,
									             sum(v.ingenierie_binome) + coalesce(sum((select sum(p.budget) from parcours p
									                                                      where p.binome_id = bi.id)), 0) as total
									      from binome bi join vague v on v.id = bi.vague_id group by bi.tiers_lieu_id) s
									join tiers_lieu tl on tl.id = s.tiers_lieu_id where s.total > 0"""
								.formatted(AUTEUR)));
			lignes.put("engagement", statement.executeLargeUpdate("""
					insert into engagement (convention_id, binome_id, parcours_id, montant, engage_le, cree_par)
					select c.id, bi.id, p.id, p.budget, v.debut, '%1$s'
					from parcours p join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
					join convention c on c.tiers_lieu_id = bi.tiers_lieu_id and c.cree_par = '%1$s' where p.budget > 0
					union all
					select c.id, bi.id, null, v.ingenierie_binome, v.debut, '%1$s'
					from binome bi join vague v on v.id = bi.vague_id
					join convention c on c.tiers_lieu_id = bi.tiers_lieu_id and c.cree_par = '%1$s'
					where v.ingenierie_binome > 0""".formatted(AUTEUR)));
			lignes.put("paiement", statement.executeLargeUpdate("""
					insert into paiement (engagement_id, verse_le, montant, reference, cree_par)
					select e.id, e.engage_le + 60, round(e.montant / 2, 2), 'NAT-' || e.id, '%1$s'
					from engagement e where e.cree_par = '%1$s'""".formatted(AUTEUR)));
		}
		return lignes;
	}

}
