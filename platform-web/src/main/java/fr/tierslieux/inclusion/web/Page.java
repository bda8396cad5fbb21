package fr.tierslieux.inclusion.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.tierslieux.inclusion.compte.Role;

import static fr.tierslieux.inclusion.compte.Role.ADMIN;
import static fr.tierslieux.inclusion.compte.Role.CONSEILLER;
import static fr.tierslieux.inclusion.compte.Role.COORDINATEUR;
import static fr.tierslieux.inclusion.compte.Role.FACILITATEUR;
import static fr.tierslieux.inclusion.compte.Role.PILOTE;

/**
 * The one place that says which role opens which part of the platform. The security
 * rules, the navigation bar and the access-matrix test all read it; a route under no
 * entry here is open to any signed-in account only if it is the home page.
 */
public enum Page {

	TABLEAU_DE_BORD("/tableau-de-bord", "nav.tableauDeBord", ADMIN, COORDINATEUR, PILOTE),
	BENEFICIAIRES("/beneficiaires", "nav.beneficiaires", ADMIN, COORDINATEUR, CONSEILLER, FACILITATEUR),
	ATELIERS("/ateliers", "nav.ateliers", ADMIN, COORDINATEUR, CONSEILLER, FACILITATEUR),
	VAGUES("/vagues", "nav.vagues", ADMIN, COORDINATEUR),
	BINOMES("/binomes", "nav.binomes", ADMIN, COORDINATEUR, CONSEILLER, FACILITATEUR),
	/** A tiers-lieu volunteers for a vague of its région. */
	APPELS("/appels", "nav.appels", FACILITATEUR),
	/** A parcours' presentation sheet, reached from its binôme. */
	PARCOURS("/parcours", null, ADMIN, COORDINATEUR, CONSEILLER, FACILITATEUR),
	/** A facilitator registers a person who brings a referral voucher. */
	BONS("/bons", "nav.bons", FACILITATEUR),
	/** The situations after the parcours a counsellor has to record. */
	SUIVIS("/suivis", "nav.suivis", CONSEILLER),
	/** A counsellor refers a person to a parcours of their binôme. */
	ORIENTATIONS("/orientations", null, CONSEILLER),
	/**
	 * A person's rights (a copy of their data, a correction, an erasure) and the records
	 * soon anonymised for want of contact: the person's agence and the administration.
	 */
	DROITS("/droits", "nav.droits", ADMIN, CONSEILLER),
	/** The library of published parcours: no personal data, open to every role. */
	BIBLIOTHEQUE("/bibliotheque", "nav.bibliotheque", ADMIN, COORDINATEUR, PILOTE, CONSEILLER, FACILITATEUR),
	/** A month of sessions, a tiers-lieu's or the whole perimeter's. */
	AGENDA("/agenda", "nav.agenda", ADMIN, COORDINATEUR, CONSEILLER, FACILITATEUR),
	/** A session of a parcours, reached from its calendar. */
	SEANCES("/seances", null, ADMIN, COORDINATEUR, CONSEILLER, FACILITATEUR),
	ANNUAIRE("/annuaire", "nav.annuaire", ADMIN, COORDINATEUR, PILOTE, CONSEILLER, FACILITATEUR),
	IMPORTS("/imports", "nav.imports", ADMIN, COORDINATEUR),
	/**
	 * Disabling an account, changing its role: before {@link #COMPTES}, which it narrows.
	 */
	GESTION_DES_COMPTES("/comptes/gestion", null, ADMIN), COMPTES("/comptes", "nav.comptes", ADMIN, COORDINATEUR),
	/**
	 * What a vague did and learnt, in aggregates: for its coordination and directions.
	 */
	RESTITUTIONS("/restitutions", "nav.restitutions", ADMIN, COORDINATEUR, PILOTE),
	/**
	 * The money of the vagues and the conventions with the tiers-lieux: written by the
	 * coordination, read by directions.
	 */
	BUDGET("/budget", "nav.budget", ADMIN, COORDINATEUR, PILOTE),
	/** Recording a convention: before {@link #CONVENTIONS}, which it narrows. */
	NOUVELLE_CONVENTION("/conventions/nouvelle", null, ADMIN, COORDINATEUR),
	CONVENTIONS("/conventions", "nav.conventions", ADMIN, COORDINATEUR, PILOTE),
	/**
	 * Parcours, ateliers, attendance and referrals of the perimeter, pseudonymised unless
	 * an entitled role asks for names.
	 */
	EXPORTS("/exports", "nav.exports", ADMIN, COORDINATEUR, PILOTE, CONSEILLER, FACILITATEUR),
	/**
	 * The platform's administration: reasons, notice, settings, badge keys, and the
	 * journal of every change.
	 */
	ADMINISTRATION("/administration", "nav.administration", ADMIN),
	/**
	 * The second factor after the password, for the accounts that administer or
	 * coordinate.
	 */
	SECOND_FACTEUR("/second-facteur", null, ADMIN, COORDINATEUR),
	/** The benchmarks' reference page (no link in the navigation). */
	REFERENCE("/reference", null, ADMIN, COORDINATEUR, PILOTE, CONSEILLER, FACILITATEUR);

	private final String chemin;

	private final String libelle;

	private final Set<Role> roles;

	Page(String chemin, String libelle, Role... roles) {
		this.chemin = chemin;
		this.libelle = libelle;
		this.roles = Set.copyOf(EnumSet.copyOf(Arrays.asList(roles)));
	}

	public String chemin() {
		return chemin;
	}

	/** Key of the navigation bar's label in messages.properties; null: not in the bar. */
	public String libelle() {
		return libelle;
	}

	public Set<Role> roles() {
		return roles;
	}

	/** The page and everything under it ({@code /beneficiaires/12/orientations/…}). */
	public String[] motifs() {
		return new String[] { chemin, chemin + "/**" };
	}

	public boolean ouvertA(Role role) {
		return roles.contains(role);
	}

	/** Whether a request path falls under this page. */
	public boolean contient(String chemin) {
		return chemin != null && (chemin.equals(this.chemin) || chemin.startsWith(this.chemin + "/"));
	}

	public boolean dansLaNavigation() {
		return libelle != null;
	}

	/** The pages of a role's navigation bar, in order. */
	public static List<Page> pour(Role role) {
		return Arrays.stream(values()).filter(p -> p.dansLaNavigation() && p.ouvertA(role)).toList();
	}

}
