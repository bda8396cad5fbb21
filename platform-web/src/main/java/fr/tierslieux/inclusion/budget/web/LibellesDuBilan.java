package fr.tierslieux.inclusion.budget.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.budget.BilanBudgetaire;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Entete;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Ligne;
import fr.tierslieux.inclusion.web.Formats;

/**
 * The French words of a budget report's files, from the same messages as its page: the
 * name of each line and the filters applied.
 */
@Component
class LibellesDuBilan {

	private final MessageSource messages;

	private final Formats formats;

	LibellesDuBilan(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	String texte(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.FRANCE);
	}

	String poste(Ligne ligne) {
		return texte(
				BilanBudgetaire.INGENIERIE.equals(ligne.cle()) ? "budget.poste.INGENIERIE" : "format." + ligne.cle());
	}

	String tiersLieu(Ligne ligne) {
		return ligne.libelle() + " (" + ligne.departement() + ")";
	}

	String departement(Ligne ligne) {
		return ligne.cle() + " — " + ligne.libelle();
	}

	/** When the report was computed, and under which version of the table. */
	String edition(BilanBudgetaire bilan) {
		return texte("budget.imprimable.edite", formats.dateHeure(bilan.calculeLe()), bilan.entete().bareme());
	}

	String periode(LocalDate debut, LocalDate fin) {
		return texte("conventions.du", formats.date(debut), formats.date(fin));
	}

	/** What the report covers: vague, région, département or all of them. */
	String filtres(Entete entete) {
		String departement = entete.departement() == null ? texte("budget.tousDepartements")
				: texte("budget.departement") + " " + entete.departement() + " — " + entete.departementNom();
		return texte("budget.imprimable.filtres", entete.vague(), entete.region(), departement);
	}

}
