package fr.tierslieux.inclusion.restitution;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;

/**
 * A person's testimony on their latest parcours, written from their personal link: it may
 * appear in the vague's restitution, without their name, only if they agree (and may take
 * that back at any time) and the coordination kept it after reading.
 */
@Service
@Transactional(readOnly = true)
public class TemoignageDUnePersonne {

	public static final int TEXTE_MAX = 1000;

	private final JdbcClient sql;

	private final CarnetDeBord carnets;

	private final Clock clock;

	TemoignageDUnePersonne(JdbcClient sql, CarnetDeBord carnets, Clock clock) {
		this.sql = sql;
		this.carnets = carnets;
		this.clock = clock;
	}

	/** What the person wrote, if anything. */
	public Optional<MonTemoignage> monTemoignage(String jeton) {
		Long orientation = orientation(jeton);
		return sql.sql("select texte, consentement from temoignage where orientation_id = :o")
			.param("o", orientation)
			.query((rs, n) -> new MonTemoignage(rs.getString(1), rs.getBoolean(2)))
			.optional();
	}

	/**
	 * Writes (or rewrites) the testimony; a new text waits for the coordination to read
	 * it again.
	 */
	@Transactional
	public void ecrire(String jeton, String texte, boolean consentement) {
		Long orientation = orientation(jeton);
		String propre = Saisie.nettoyerParagraphes(texte, Integer.MAX_VALUE);
		if (propre == null) {
			throw new SaisieRefuseeException("texte", "temoignage.vide");
		}
		if (propre.length() > TEXTE_MAX) {
			throw new SaisieRefuseeException("texte", "temoignage.tropLong");
		}
		sql.sql("""
				insert into temoignage (orientation_id, texte, consentement, ecrit_le) values (:o, :texte, :accord, :le)
				on conflict (orientation_id) do update set texte = excluded.texte, consentement = excluded.consentement,
				  ecrit_le = excluded.ecrit_le, retenu_par = null, retenu_le = null, version = temoignage.version + 1""")
			.param("o", orientation)
			.param("texte", propre)
			.param("accord", consentement)
			.param("le", Timestamp.from(clock.instant()))
			.update();
	}

	/** The person no longer agrees: the testimony leaves the restitution at once. */
	@Transactional
	public void retirerAccord(String jeton) {
		sql.sql("""
				update temoignage set consentement = false, retenu_par = null, retenu_le = null, version = version + 1
				where orientation_id = :o""").param("o", orientation(jeton)).update();
	}

	/** The person's latest referral to a parcours they followed. */
	private Long orientation(String jeton) {
		Long personne = carnets.personneDuJeton(jeton).orElseThrow(() -> new IntrouvableException("carnet", null));
		return sql
			.sql("""
					select id from orientation where beneficiaire_id = :p and statut in ('EN_PARCOURS', 'TERMINEE', 'ABANDON')
					order by orientee_le desc, id desc limit 1""")
			.param("p", personne)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IntrouvableException("parcours de la personne", personne));
	}

	public record MonTemoignage(String texte, boolean consentement) {
	}

}
