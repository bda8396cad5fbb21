package fr.tierslieux.inclusion.territoire;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.CoreTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the schema that a new migration could break without noticing. */
@CoreTest
class SchemaTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void every_foreign_key_is_the_leading_part_of_an_index() {
		List<String> sansIndex = jdbc.sql("""
				select c.conrelid::regclass || '.' || c.conname
				from pg_constraint c
				where c.contype = 'f'
				  and not exists (
				      select 1 from pg_index i
				      where i.indrelid = c.conrelid
				        and (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] @> c.conkey
				        and (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] <@ c.conkey)
				""").query(String.class).list();
		assertThat(sansIndex).isEmpty();
	}

	@Test
	void no_column_holds_money_or_figures_in_floating_point() {
		List<String> flottants = jdbc.sql("""
				select table_name || '.' || column_name from information_schema.columns
				where table_schema = 'public' and data_type in ('real', 'double precision')
				""").query(String.class).list();
		assertThat(flottants).isEmpty();
	}

	@Test
	void every_table_that_people_edit_has_a_version_for_optimistic_locking() {
		List<String> sansVersion = jdbc.sql("""
				select t.table_name from information_schema.tables t
				where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
				  and t.table_name not in ('flyway_schema_history', 'region', 'departement', 'rattachement',
				                           'tiers_lieu_typologie', 'journal_audit')
				  and not exists (select 1 from information_schema.columns c
				                  where c.table_name = t.table_name and c.column_name = 'version')
				""").query(String.class).list();
		assertThat(sansVersion).isEmpty();
	}

}
