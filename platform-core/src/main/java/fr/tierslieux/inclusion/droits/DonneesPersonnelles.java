package fr.tierslieux.inclusion.droits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything the platform holds on a person, as it is handed to them when they ask (a
 * JSON file and a printable page): their record, each referral and its steps, each
 * session and their attendance, what they and the staff wrote about them. Codes are the
 * platform's (statuses, profiles), the same in the file and in the register.
 */
public record DonneesPersonnelles(Instant exporteesLe, Personne personne, List<Orientation> orientations,
		List<Presence> presences, List<EcritDuCarnet> carnet, List<RetourDeSeance> retoursDeSeance,
		List<Situation> situationsDeSortie, List<BilanDeFin> bilansDeFin, List<Ressource> ressourcesRemises,
		List<NiveauPix> niveauxPix, List<Message> messagesEntreStructures) {

	public record Personne(Long id, String nom, String prenom, Integer anneeNaissance, String email, String telephone,
			String identifiantFranceTravail, String profil, boolean avecPrerequis, String diagnosticOutil,
			String diagnosticResultat, String agence, String conseiller, LocalDate dateConsentement,
			String versionNotice, Instant enregistreeLe, LocalDate dernierContactLe, LocalDate anonymiseeLe) {
	}

	public record Orientation(Long id, String parcours, String tiersLieu, String statut, Instant orienteeLe,
			List<Etape> etapes) {
	}

	public record Etape(String de, String vers, String motif, Instant le) {
	}

	public record Presence(String seance, String parcours, LocalDate date, LocalTime debut, String statut) {
	}

	public record EcritDuCarnet(Instant ecritLe, boolean parLaPersonne, String acquis, String blocages,
			String souhaits) {
	}

	public record RetourDeSeance(String seance, LocalDate date, int ressenti, String appris, String aRevoir) {
	}

	public record Situation(String parcours, String echeance, String situation, String precision, Instant saisieLe) {
	}

	public record BilanDeFin(String parcours, int nouveauProjet, int competencesProjet, String commentaire,
			Instant ecritLe) {
	}

	public record Ressource(String genre, String numero, BigDecimal valeur, String libelle, LocalDate remiseLe) {
	}

	public record NiveauPix(String competence, int niveau, LocalDate obtenuLe) {
	}

	public record Message(Instant envoyeLe, String cote, String texte) {
	}

}
