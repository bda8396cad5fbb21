package fr.tierslieux.inclusion.administration;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.JournalAdministration;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ChiffresGardes;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The platform's settings: what an admin set, else the configuration. Read on every page
 * that uses one, so kept: this instance sees a change at once, another one within
 * {@link #FRAICHEUR}.
 */
@Service
public class Parametres {

	static final Duration FRAICHEUR = Duration.ofSeconds(30);

	private final JdbcClient sql;

	private final Environment configuration;

	private final JournalAdministration journal;

	private final ChiffresGardes<String, Map<Parametre, Valeur>> gardes;

	Parametres(JdbcClient sql, Environment configuration, JournalAdministration journal, Clock clock) {
		this.sql = sql;
		this.configuration = configuration;
		this.journal = journal;
		this.gardes = new ChiffresGardes<>(FRAICHEUR, clock, 1);
	}

	/** A setting's value now. */
	public long valeur(Parametre parametre) {
		return tous().get(parametre).valeur();
	}

	/** Every setting with its value, where it comes from and its version. */
	public Map<Parametre, Valeur> tous() {
		return gardes.lire("tous", this::lire);
	}

	/**
	 * @param version the version the admin read (0 if the setting had no row)
	 * @throws SaisieRefuseeException outside the setting's bounds
	 * @throws ConflitException someone changed it since
	 */
	@Transactional
	public void modifier(Perimetre qui, Parametre parametre, long version, long valeur) {
		if (!qui.voitTout()) {
			throw new AccesRefuseException(qui.identifiant() + " ne règle pas la plateforme");
		}
		if (valeur < parametre.minimum() || valeur > parametre.maximum()) {
			throw new SaisieRefuseeException("valeur", "parametre.horsLimites", parametre.minimum(),
					parametre.maximum());
		}
		Valeur avant = lire().get(parametre);
		int changees = sql.sql("""
				insert into parametre (cle, valeur, version) values (:cle, :valeur, 1)
				on conflict (cle) do update set valeur = excluded.valeur, version = parametre.version + 1
				where parametre.version = :version""")
			.param("cle", parametre.name())
			.param("valeur", valeur)
			.param("version", version)
			.update();
		if (changees == 0 || avant.version() != version) {
			throw new ConflitException("conflit.parametre");
		}
		journal.noter(qui.identifiant(), ObjetAdministre.PARAMETRE, parametre.name(), "MODIFICATION",
				avant.valeur() + " → " + valeur);
		oublier();
	}

	/** Drops the values kept, so that the next read goes to the database. */
	void oublier() {
		gardes.oublier("tous");
	}

	private Map<Parametre, Valeur> lire() {
		Map<Parametre, Valeur> valeurs = new EnumMap<>(Parametre.class);
		Arrays.stream(Parametre.values())
			.forEach(p -> valeurs.put(p,
					new Valeur(configuration.getProperty(p.propriete(), Long.class, p.defaut()), false, 0)));
		List<Object[]> lignes = sql.sql("select cle, valeur, version from parametre")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3) })
			.list();
		for (Object[] ligne : lignes) {
			valeurs.put(Parametre.valueOf((String) ligne[0]), new Valeur((Long) ligne[1], true, (Long) ligne[2]));
		}
		return valeurs;
	}

	/**
	 * @param regle whether an admin set it (else the configuration's value)
	 */
	public record Valeur(long valeur, boolean regle, long version) {
	}

}
