package fr.tierslieux.inclusion.budget.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.tierslieux.inclusion.budget.BaremeDesVagues.Bareme;
import fr.tierslieux.inclusion.budget.BaremeDesVagues.NouveauBareme;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.parcours.web.TarifsFormData;
import fr.tierslieux.inclusion.parcours.FormatParcours;

/** The form that puts a new version of a vague's table in force. */
public class BaremeFormData extends TarifsFormData {

	/** The version the user edited. */
	private int numero;

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal enveloppe;

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal ingenierie;

	@Size(max = 500)
	private String motif;

	/** The form filled with the version in force. */
	static BaremeFormData de(Bareme enVigueur) {
		BaremeFormData form = new BaremeFormData();
		form.numero = enVigueur.numero();
		form.enveloppe = enVigueur.enveloppe();
		form.ingenierie = enVigueur.ingenierie();
		form.setTarifs(enVigueur.tarifs());
		return form;
	}

	NouveauBareme bareme() {
		String propre = Saisie.nettoyer(motif, 500);
		return new NouveauBareme(enveloppe, ingenierie, tarifs(), propre.isEmpty() ? null : propre);
	}

	public int getNumero() {
		return numero;
	}

	public void setNumero(int numero) {
		this.numero = numero;
	}

	public BigDecimal getEnveloppe() {
		return enveloppe;
	}

	public void setEnveloppe(BigDecimal enveloppe) {
		this.enveloppe = enveloppe;
	}

	public BigDecimal getIngenierie() {
		return ingenierie;
	}

	public void setIngenierie(BigDecimal ingenierie) {
		this.ingenierie = ingenierie;
	}

	public String getMotif() {
		return motif;
	}

	public void setMotif(String motif) {
		this.motif = motif;
	}

}
