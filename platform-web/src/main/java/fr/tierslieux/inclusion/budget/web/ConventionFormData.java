package fr.tierslieux.inclusion.budget.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.budget.Conventions.Cofinancement;
import fr.tierslieux.inclusion.budget.Conventions.NouvelleConvention;
import fr.tierslieux.inclusion.budget.LienConvention;
import fr.tierslieux.inclusion.budget.ObjetConvention;
import fr.tierslieux.inclusion.budget.TypeConvention;
import fr.tierslieux.inclusion.commun.Saisie;

/** The form that records a convention, its co-funders included (up to four). */
public class ConventionFormData {

	static final int COFINANCEURS = 4;

	@NotNull
	private Long tiersLieuId;

	@NotBlank
	@Size(max = 50)
	private String numero;

	@NotBlank
	@Size(max = 200)
	private String signataire;

	@NotNull
	private TypeConvention type;

	@NotNull
	private ObjetConvention objet;

	@Size(max = 300)
	private String objetPrecision;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate debut;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate fin;

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal montant;

	@DecimalMin("0.01")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal coutAction;

	@Size(max = 100)
	private String referenceMarche;

	@Size(max = 100)
	private String lot;

	private Long precedenteId;

	private LienConvention lien;

	private List<@Valid Cofinanceur> cofinanceurs = new ArrayList<>(
			List.of(new Cofinanceur(), new Cofinanceur(), new Cofinanceur(), new Cofinanceur()));

	/**
	 * The co-funders filled in; a line with only a name or only an amount is an error.
	 */
	boolean cofinanceursIncomplets() {
		return cofinanceurs.stream().anyMatch(c -> {
			boolean nomme = c.getNom() != null && !c.getNom().isBlank();
			return nomme != (c.getMontant() != null);
		});
	}

	NouvelleConvention convention() {
		List<Cofinancement> autres = cofinanceurs.stream()
			.filter(c -> c.getMontant() != null && c.getNom() != null && !c.getNom().isBlank())
			.map(c -> new Cofinancement(Saisie.nettoyer(c.getNom(), 200), c.getMontant()))
			.toList();
		return new NouvelleConvention(tiersLieuId, Saisie.nettoyer(numero, 50), Saisie.nettoyer(signataire, 200), type,
				objet, texte(objetPrecision, 300), debut, fin, montant, coutAction, texte(referenceMarche, 100),
				texte(lot, 100), precedenteId, lien, autres);
	}

	private static String texte(String valeur, int max) {
		String propre = Saisie.nettoyer(valeur, max);
		return propre.isEmpty() ? null : propre;
	}

	public Long getTiersLieuId() {
		return tiersLieuId;
	}

	public void setTiersLieuId(Long tiersLieuId) {
		this.tiersLieuId = tiersLieuId;
	}

	public String getNumero() {
		return numero;
	}

	public void setNumero(String numero) {
		this.numero = numero;
	}

	public String getSignataire() {
		return signataire;
	}

	public void setSignataire(String signataire) {
		this.signataire = signataire;
	}

	public TypeConvention getType() {
		return type;
	}

	public void setType(TypeConvention type) {
		this.type = type;
	}

	public ObjetConvention getObjet() {
		return objet;
	}

	public void setObjet(ObjetConvention objet) {
		this.objet = objet;
	}

	public String getObjetPrecision() {
		return objetPrecision;
	}

	public void setObjetPrecision(String objetPrecision) {
		this.objetPrecision = objetPrecision;
	}

	public LocalDate getDebut() {
		return debut;
	}

	public void setDebut(LocalDate debut) {
		this.debut = debut;
	}

	public LocalDate getFin() {
		return fin;
	}

	public void setFin(LocalDate fin) {
		this.fin = fin;
	}

	public BigDecimal getMontant() {
		return montant;
	}

	public void setMontant(BigDecimal montant) {
		this.montant = montant;
	}

	public BigDecimal getCoutAction() {
		return coutAction;
	}

	public void setCoutAction(BigDecimal coutAction) {
		this.coutAction = coutAction;
	}

	public String getReferenceMarche() {
		return referenceMarche;
	}

	public void setReferenceMarche(String referenceMarche) {
		this.referenceMarche = referenceMarche;
	}

	public String getLot() {
		return lot;
	}

	public void setLot(String lot) {
		this.lot = lot;
	}

	public Long getPrecedenteId() {
		return precedenteId;
	}

	public void setPrecedenteId(Long precedenteId) {
		this.precedenteId = precedenteId;
	}

	public LienConvention getLien() {
		return lien;
	}

	public void setLien(LienConvention lien) {
		this.lien = lien;
	}

	public List<Cofinanceur> getCofinanceurs() {
		return cofinanceurs;
	}

	public void setCofinanceurs(List<Cofinanceur> cofinanceurs) {
		this.cofinanceurs = cofinanceurs;
	}

	/** One line of co-funder; both blank when unused. */
	public static class Cofinanceur {

		@Size(max = 200)
		private String nom;

		@DecimalMin("0.01")
		@Digits(integer = 10, fraction = 2)
		private BigDecimal montant;

		public String getNom() {
			return nom;
		}

		public void setNom(String nom) {
			this.nom = nom;
		}

		public BigDecimal getMontant() {
			return montant;
		}

		public void setMontant(BigDecimal montant) {
			this.montant = montant;
		}

	}

}
