package fr.tierslieux.inclusion.beneficiaire;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.annuaire.AnnuaireService;
import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Transition;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * Bénéficiaires within the caller's perimeter. A record outside it is reported as not
 * found, exactly like one that does not exist. Every part of a page is scoped, not only
 * the record it opens: a facilitateur sees a person's referrals to their tiers-lieu and
 * no other. Every read of a person's page is audited, in the same transaction
 * (fail-closed, and never a second pooled connection).
 */
@Service
@Transactional(readOnly = true)
public class BeneficiaireService {

	static final String OBJET = "BENEFICIAIRE";

	/** A search term longer than any name is cut there. */
	public static final int RECHERCHE_MAX = 100;

	private final BeneficiaireRepository beneficiaires;

	private final ListeDesBeneficiaires liste;

	private final FicheEnSql fiches;

	private final AnnuaireService annuaire;

	private final CompteService comptes;

	private final AuditService audit;

	private final Clock clock;

	BeneficiaireService(BeneficiaireRepository beneficiaires, ListeDesBeneficiaires liste, FicheEnSql fiches,
			AnnuaireService annuaire, CompteService comptes, AuditService audit, Clock clock) {
		this.beneficiaires = beneficiaires;
		this.liste = liste;
		this.fiches = fiches;
		this.annuaire = annuaire;
		this.comptes = comptes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sorted by name; {@code recherche} matches the start of the nom or prénom, any case.
	 */
	public Tranche<BeneficiaireLigne> beneficiaires(Perimetre perimetre, String recherche, Curseur curseur) {
		verifierAcces(perimetre);
		return liste.tranche(perimetre, motif(recherche), curseur);
	}

	/** The person's page, written to the audit log before it is returned. */
	@Transactional
	public BeneficiaireFiche fiche(Perimetre perimetre, Long id) {
		verifierAcces(perimetre);
		BeneficiaireFiche b = fiches.personne(id, perimetre)
			.orElseThrow(() -> new IntrouvableException("Bénéficiaire", id));
		audit.journaliser(perimetre.identifiant(), AuditService.LECTURE, OBJET, b.id());
		return new BeneficiaireFiche(b.id(), b.nom(), b.prenom(), b.email(), b.telephone(), b.agence(), b.conseiller(),
				b.profil(), b.avecPrerequis(), b.dateConsentement(), orientations(perimetre, b.id()));
	}

	/**
	 * Whether the reader may see this person (their agence, a binôme that receives them).
	 */
	public boolean visible(Perimetre perimetre, Long id) {
		return perimetre.accedeAuxPersonnes() && fiches.personne(id, perimetre).isPresent();
	}

	/**
	 * Records a person followed by an agence, with the date they consented.
	 * @return the new bénéficiaire's id
	 */
	@Transactional
	public Long enregistrer(Long agenceId, Long conseillerId, String nom, String prenom, String email, String telephone,
			ProfilBeneficiaire profil, boolean avecPrerequis, LocalDate dateConsentement) {
		Beneficiaire beneficiaire = new Beneficiaire(annuaire.agence(agenceId), comptes.utilisateur(conseillerId), nom,
				prenom, profil, avecPrerequis, dateConsentement, clock.instant());
		beneficiaire.contact(email, telephone);
		return beneficiaires.save(beneficiaire).getId();
	}

	/** Proxy for another feature's association (a line of a sign-in sheet). */
	public Beneficiaire reference(Long id) {
		return beneficiaires.getReferenceById(id);
	}

	private List<OrientationLigne> orientations(Perimetre perimetre, Long beneficiaireId) {
		List<OrientationLigne> lignes = fiches.orientations(beneficiaireId, perimetre);
		if (lignes.isEmpty()) {
			return lignes;
		}
		Map<Long, List<Transition<OrientationStatut>>> historiques = fiches
			.transitions(lignes.stream().map(OrientationLigne::id).toList())
			.stream()
			.collect(Collectors.groupingBy(FicheEnSql.Transition::orientationId,
					Collectors.mapping(t -> new Transition<>(t.de(), t.vers(), t.auteur(), t.motif(), t.survenueLe()),
							Collectors.toList())));
		return lignes.stream()
			.map(l -> l.avec(OrientationPermissions.statutsPossibles(perimetre.role(), l.statut(), l.duBinome()),
					historiques.getOrDefault(l.id(), List.of())))
			.toList();
	}

	static void verifierAcces(Perimetre perimetre) {
		if (!perimetre.accedeAuxPersonnes()) {
			throw new AccesRefuseException("Ce rôle n'accède pas aux données personnelles");
		}
	}

	private static String motif(String recherche) {
		String propre = Saisie.nettoyer(recherche, RECHERCHE_MAX);
		if (propre.isEmpty()) {
			return "";
		}
		String echappe = propre.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return echappe + "%";
	}

}
