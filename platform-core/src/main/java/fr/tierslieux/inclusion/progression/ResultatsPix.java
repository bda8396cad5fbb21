package fr.tierslieux.inclusion.progression;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.fichier.ChampACorrespondre;
import fr.tierslieux.inclusion.fichier.ContexteImport;
import fr.tierslieux.inclusion.fichier.FichierRefuseException;
import fr.tierslieux.inclusion.fichier.Importeur;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.Signalements;
import fr.tierslieux.inclusion.fichier.TypeImport;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas.Carte;

/**
 * Pix results from a CSV (an export of a Pix Orga campaign, say): one row per person and
 * competence, attached to the person it names within the importer's régions, by e-mail or
 * else by name and first name. A row naming nobody, or several people, is reported with
 * its line; a person keeps one level per competence, the latest imported.
 */
@Component
public class ResultatsPix implements Importeur<ResultatsPix.ResultatPix> {

	private static final Pattern CODE = Pattern.compile("^\\s*(?:Pix\\s*)?(\\d\\.\\d)\\b");

	private static final Pattern NIVEAU = Pattern.compile("^\\D*(\\d)\\D*$");

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("dd/MM/yyyy"),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private final JdbcClient sql;

	private final CartesDuCanevas cartes;

	private final Clock clock;

	ResultatsPix(JdbcClient sql, CartesDuCanevas cartes, Clock clock) {
		this.sql = sql;
		this.cartes = cartes;
		this.clock = clock;
	}

	@Override
	public TypeImport type() {
		return TypeImport.RESULTATS_PIX;
	}

	@Override
	public List<ChampACorrespondre> champs() {
		return Arrays.stream(ChampDePix.values()).map(c -> new ChampACorrespondre(c.name(), c.obligatoire())).toList();
	}

	@Override
	public List<String> colonnesObligatoires(ContexteImport contexte) {
		Map<String, String> colonnes = contexte.correspondance();
		boolean personne = colonnes.containsKey(ChampDePix.EMAIL.name())
				|| (colonnes.containsKey(ChampDePix.NOM.name()) && colonnes.containsKey(ChampDePix.PRENOM.name()));
		if (!personne || !colonnes.containsKey(ChampDePix.COMPETENCE.name())
				|| !colonnes.containsKey(ChampDePix.NIVEAU.name())) {
			throw new FichierRefuseException(
					"Indiquez la colonne de la compétence, du niveau, et du courriel ou des nom et prénom de la personne.");
		}
		return List.of(colonnes.get(ChampDePix.COMPETENCE.name()), colonnes.get(ChampDePix.NIVEAU.name()));
	}

	@Override
	public ResultatPix lire(Ligne ligne, Signalements signalements, ContexteImport contexte) {
		Map<String, String> colonnes = contexte.correspondance();
		String competence = valeur(ligne, colonnes, ChampDePix.COMPETENCE);
		String code = competence(competence);
		if (code == null) {
			signalements.rejeter(colonnes.get(ChampDePix.COMPETENCE.name()), competence,
					"Compétence Pix inconnue (attendu : un code du référentiel, 1.1 à 5.2, ou son intitulé).");
		}
		String niveauLu = valeur(ligne, colonnes, ChampDePix.NIVEAU);
		Matcher niveau = niveauLu == null ? null : NIVEAU.matcher(niveauLu);
		if (niveau == null || !niveau.matches() || Integer.parseInt(niveau.group(1)) > 8) {
			signalements.rejeter(colonnes.get(ChampDePix.NIVEAU.name()), niveauLu, "Niveau absent ou hors de 0 à 8.");
		}
		Long personne = personne(ligne, colonnes, signalements, contexte);
		if (signalements.rejetee()) {
			return null;
		}
		return new ResultatPix(personne, code, Integer.parseInt(niveau.group(1)),
				date(valeur(ligne, colonnes, ChampDePix.DATE), colonnes, signalements));
	}

	@Override
	public String cle(ResultatPix valeur) {
		return valeur.beneficiaireId() + ":" + valeur.competence();
	}

	@Override
	public Map<String, Existant<ResultatPix>> existants(List<ResultatPix> valeurs) {
		Map<String, Existant<ResultatPix>> existants = new HashMap<>();
		if (valeurs.isEmpty()) {
			return existants;
		}
		sql.sql("""
				select id, beneficiaire_id, competence, niveau, obtenu_le from resultat_pix
				where beneficiaire_id in (:personnes)""")
			.param("personnes", valeurs.stream().map(ResultatPix::beneficiaireId).distinct().toList())
			.query((rs, n) -> new Existant<>(rs.getLong("id"),
					new ResultatPix(rs.getLong("beneficiaire_id"), rs.getString("competence"), rs.getInt("niveau"),
							rs.getDate("obtenu_le") == null ? null : rs.getDate("obtenu_le").toLocalDate())))
			.list()
			.forEach(e -> existants.put(cle(e.valeur()), e));
		return existants;
	}

	@Override
	public void ecrire(List<Existant<ResultatPix>> ecritures) {
		Timestamp maintenant = Timestamp.from(clock.instant());
		for (Existant<ResultatPix> e : ecritures) {
			ResultatPix r = e.valeur();
			sql.sql("""
					insert into resultat_pix (beneficiaire_id, competence, niveau, obtenu_le, importe_le)
					values (:personne, :competence, :niveau, :le, :importe)
					on conflict (beneficiaire_id, competence) do update set niveau = excluded.niveau,
					  obtenu_le = excluded.obtenu_le, importe_le = excluded.importe_le""")
				.param("personne", r.beneficiaireId())
				.param("competence", r.competence())
				.param("niveau", r.niveau())
				.param("le", r.obtenuLe() == null ? null : Date.valueOf(r.obtenuLe()))
				.param("importe", maintenant)
				.update();
		}
	}

	/**
	 * The Pix code a cell gives ("1.1", "1.1 Mener une recherche…", or the title alone).
	 */
	private String competence(String texte) {
		if (texte == null) {
			return null;
		}
		Matcher code = CODE.matcher(texte);
		if (code.find()) {
			return cartes.carte("PIX:" + code.group(1)) == null ? null : code.group(1);
		}
		String titre = titre(texte);
		return cartes.pix()
			.stream()
			.filter(c -> titre(c.libelle()).equals(titre))
			.map(Carte::code)
			.findFirst()
			.orElse(null);
	}

	/** A title as typed or as the referential writes it: case and apostrophes aside. */
	private static String titre(String texte) {
		return texte.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
	}

	private Long personne(Ligne ligne, Map<String, String> colonnes, Signalements signalements,
			ContexteImport contexte) {
		String email = valeur(ligne, colonnes, ChampDePix.EMAIL);
		String nom = valeur(ligne, colonnes, ChampDePix.NOM);
		String prenom = valeur(ligne, colonnes, ChampDePix.PRENOM);
		String cle = email != null ? "@" + email.strip().toLowerCase(Locale.ROOT) : nom != null && prenom != null
				? nom.strip().toLowerCase(Locale.ROOT) + "|" + prenom.strip().toLowerCase(Locale.ROOT) : null;
		String colonne = colonnes.get(email != null ? ChampDePix.EMAIL.name() : ChampDePix.NOM.name());
		if (cle == null) {
			signalements.rejeter(colonne, null, "Ni courriel, ni nom et prénom : la personne n'est pas nommée.");
			return null;
		}
		List<Long> trouvees = contexte.memoriser("pix:" + cle, () -> trouver(email, nom, prenom, contexte));
		if (trouvees.isEmpty()) {
			signalements.rejeter(colonne, email != null ? email : nom + " " + prenom,
					"Personne introuvable parmi les bénéficiaires de vos régions.");
			return null;
		}
		if (trouvees.size() > 1) {
			signalements.rejeter(colonne, email != null ? email : nom + " " + prenom,
					"Plusieurs personnes portent ce nom : indiquez la colonne du courriel.");
			return null;
		}
		return trouvees.get(0);
	}

	private List<Long> trouver(String email, String nom, String prenom, ContexteImport contexte) {
		JdbcClient.StatementSpec requete = email != null
				? sql.sql("""
						select b.id, d.region_code from beneficiaire b join agence a on a.id = b.agence_id
						join departement d on d.code = a.departement_code
						where lower(b.email) = :email and b.anonymisee_le is null""")
					.param("email", email.strip().toLowerCase(Locale.ROOT))
				: sql.sql("""
						select b.id, d.region_code from beneficiaire b join agence a on a.id = b.agence_id
						join departement d on d.code = a.departement_code
						where lower(b.nom) = :nom and lower(b.prenom) = :prenom and b.anonymisee_le is null""")
					.param("nom", nom.strip().toLowerCase(Locale.ROOT))
					.param("prenom", prenom.strip().toLowerCase(Locale.ROOT));
		return requete.query((rs, n) -> contexte.couvre(rs.getString(2)) ? rs.getLong(1) : null)
			.list()
			.stream()
			.filter(id -> id != null)
			.toList();
	}

	private static LocalDate date(String texte, Map<String, String> colonnes, Signalements signalements) {
		if (texte == null || texte.isBlank()) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(texte.strip().substring(0, Math.min(10, texte.strip().length())), format);
			}
			catch (DateTimeParseException autreFormat) {
				// the next one
			}
		}
		signalements.avertir(colonnes.get(ChampDePix.DATE.name()), texte,
				"Date illisible : le résultat est gardé sans date.");
		return null;
	}

	private static String valeur(Ligne ligne, Map<String, String> colonnes, ChampDePix champ) {
		String colonne = colonnes.get(champ.name());
		String texte = colonne == null ? null : ligne.texte(colonne);
		return texte == null || texte.isBlank() ? null : texte;
	}

	/** A person's level in a Pix competence. */
	record ResultatPix(Long beneficiaireId, String competence, int niveau, LocalDate obtenuLe) {
	}

	/** What the person's page shows of it. */
	public record Resultat(String competence, String libelle, int niveau, LocalDate obtenuLe) {
	}

	/**
	 * The Pix levels recorded for a person, by competence (for their page, already read).
	 */
	public List<Resultat> dUnePersonne(Long beneficiaireId) {
		return sql.sql(
				"select competence, niveau, obtenu_le from resultat_pix where beneficiaire_id = :p order by competence")
			.param("p", beneficiaireId)
			.query((rs, n) -> new Resultat(rs.getString(1),
					Optional.ofNullable(cartes.carte("PIX:" + rs.getString(1))).map(Carte::libelle).orElse(""),
					rs.getInt(2), rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
			.list();
	}

}
