package fr.tierslieux.inclusion.beneficiaire;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * APTIC digital cheques and other resources handed to a person, recorded by whoever may
 * read the person's page (their agence, the binômes that receive them). A cheque's number
 * is recorded once across the platform.
 */
@Service
@Transactional(readOnly = true)
public class RessourcesRemises {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient sql;

	private final FicheEnSql fiches;

	private final Clock clock;

	RessourcesRemises(JdbcClient sql, FicheEnSql fiches, Clock clock) {
		this.sql = sql;
		this.fiches = fiches;
		this.clock = clock;
	}

	/**
	 * The resources of a person of the reader's perimeter (checked by the caller's page).
	 */
	public List<Ressource> ressources(Long beneficiaireId) {
		return sql.sql("""
				select id, genre, numero, valeur, libelle, remise_le, remise_par from ressource_remise
				where beneficiaire_id = :id order by remise_le, id""")
			.param("id", beneficiaireId)
			.query((rs, n) -> new Ressource(rs.getLong("id"), GenreRessource.valueOf(rs.getString("genre")),
					rs.getString("numero"), rs.getBigDecimal("valeur"), rs.getString("libelle"),
					rs.getObject("remise_le", LocalDate.class), rs.getString("remise_par")))
			.list();
	}

	/**
	 * @throws IntrouvableException for a person outside the reader's perimeter
	 * @throws SaisieRefuseeException for a field the form must correct
	 */
	@Transactional
	public Long remettre(Perimetre qui, Long beneficiaireId, NouvelleRessource ressource) {
		BeneficiaireService.verifierAcces(qui);
		if (fiches.personne(beneficiaireId, qui).isEmpty()) {
			throw new IntrouvableException("Bénéficiaire", beneficiaireId);
		}
		String numero = Saisie.nettoyer(ressource.numero(), 40).toUpperCase(Locale.ROOT);
		String libelle = Saisie.nettoyer(ressource.libelle(), 200);
		if (ressource.genre() == GenreRessource.CHEQUE_APTIC && numero.isEmpty()) {
			throw new SaisieRefuseeException("numero", "ressource.numeroObligatoire");
		}
		if (ressource.genre() == GenreRessource.AUTRE && libelle.isEmpty()) {
			throw new SaisieRefuseeException("libelle", "ressource.libelleObligatoire");
		}
		if (ressource.remiseLe().isAfter(LocalDate.now(clock.withZone(PARIS)))) {
			throw new SaisieRefuseeException("remiseLe", "ressource.dateFuture");
		}
		if (!numero.isEmpty() && ressource.genre() == GenreRessource.CHEQUE_APTIC
				&& sql
					.sql("select count(*) > 0 from ressource_remise where genre = 'CHEQUE_APTIC' and numero = :numero")
					.param("numero", numero)
					.query(Boolean.class)
					.single()) {
			throw new SaisieRefuseeException("numero", "ressource.chequeDejaRemis", numero);
		}
		try {
			return sql
				.sql("""
						insert into ressource_remise (beneficiaire_id, genre, numero, valeur, libelle, remise_le, remise_par)
						values (:personne, :genre, :numero, :valeur, :libelle, :le, :par) returning id""")
				.param("personne", beneficiaireId)
				.param("genre", ressource.genre().name())
				.param("numero", numero.isEmpty() ? null : numero)
				.param("valeur", ressource.valeur())
				.param("libelle", libelle.isEmpty() ? null : libelle)
				.param("le", ressource.remiseLe())
				.param("par", qui.identifiant())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException deja) {
			throw new SaisieRefuseeException("numero", "ressource.chequeDejaRemis", numero);
		}
	}

	public record NouvelleRessource(GenreRessource genre, String numero, BigDecimal valeur, String libelle,
			LocalDate remiseLe) {
	}

	public record Ressource(Long id, GenreRessource genre, String numero, BigDecimal valeur, String libelle,
			LocalDate remiseLe, String remisePar) {
	}

}
