package fr.tierslieux.inclusion.parcours.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import fr.tierslieux.inclusion.parcours.FormatParcours;

/**
 * The tariff of each format, as the forms that open a vague or change its table enter it
 * (the guide's figures until changed).
 */
public abstract class TarifsFormData {

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal tarifCourt = FormatParcours.COURT.budgetIndicatif();

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal tarifLong = FormatParcours.LONG.budgetIndicatif();

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal tarifLongAugmente = FormatParcours.LONG_AUGMENTE.budgetIndicatif();

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal tarifLongIntensif = FormatParcours.LONG_INTENSIF.budgetIndicatif();

	protected Map<FormatParcours, BigDecimal> tarifs() {
		Map<FormatParcours, BigDecimal> tarifs = new EnumMap<>(FormatParcours.class);
		tarifs.put(FormatParcours.COURT, tarifCourt);
		tarifs.put(FormatParcours.LONG, tarifLong);
		tarifs.put(FormatParcours.LONG_AUGMENTE, tarifLongAugmente);
		tarifs.put(FormatParcours.LONG_INTENSIF, tarifLongIntensif);
		return tarifs;
	}

	protected void setTarifs(Map<FormatParcours, BigDecimal> tarifs) {
		tarifCourt = tarifs.get(FormatParcours.COURT);
		tarifLong = tarifs.get(FormatParcours.LONG);
		tarifLongAugmente = tarifs.get(FormatParcours.LONG_AUGMENTE);
		tarifLongIntensif = tarifs.get(FormatParcours.LONG_INTENSIF);
	}

	public BigDecimal getTarifCourt() {
		return tarifCourt;
	}

	public void setTarifCourt(BigDecimal tarifCourt) {
		this.tarifCourt = tarifCourt;
	}

	public BigDecimal getTarifLong() {
		return tarifLong;
	}

	public void setTarifLong(BigDecimal tarifLong) {
		this.tarifLong = tarifLong;
	}

	public BigDecimal getTarifLongAugmente() {
		return tarifLongAugmente;
	}

	public void setTarifLongAugmente(BigDecimal tarifLongAugmente) {
		this.tarifLongAugmente = tarifLongAugmente;
	}

	public BigDecimal getTarifLongIntensif() {
		return tarifLongIntensif;
	}

	public void setTarifLongIntensif(BigDecimal tarifLongIntensif) {
		this.tarifLongIntensif = tarifLongIntensif;
	}

}
