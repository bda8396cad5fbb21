package fr.tierslieux.inclusion.presence.web;

import java.io.OutputStream;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.atelier.PlanningDesSeances.ParcoursPlanifie;
import fr.tierslieux.inclusion.atelier.Seance;
import fr.tierslieux.inclusion.presence.FeuilleDEmargement.Feuille;
import fr.tierslieux.inclusion.presence.FeuilleDEmargement.Ligne;
import fr.tierslieux.inclusion.web.Formats;

import static fr.tierslieux.inclusion.web.Pdf.INTERTITRE;
import static fr.tierslieux.inclusion.web.Pdf.TEXTE;
import static fr.tierslieux.inclusion.web.Pdf.TITRE;
import static fr.tierslieux.inclusion.web.Pdf.texte;

/**
 * The sign-in sheet printed for funders: the session, then one row per person with what
 * was recorded and room to sign, and the facilitator's signature below.
 */
@Component
class FeuillePdf {

	private static final Locale FR = Locale.FRANCE;

	private final MessageSource messages;

	private final Formats formats;

	FeuillePdf(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	void ecrire(Feuille feuille, OutputStream sortie) {
		ParcoursPlanifie parcours = feuille.seance().parcours();
		Seance s = feuille.seance().seance();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, sortie);
		document.addTitle(msg("emargement.pdf.titre", s.intitule()));
		document.open();
		document.add(new Paragraph(texte(msg("emargement.pdf.titre", s.intitule())), TITRE));
		document.add(
				new Paragraph(texte(msg("emargement.pdf.parcours", parcours.intitule(), parcours.tiersLieu())), TEXTE));
		document.add(new Paragraph(texte(msg("emargement.pdf.seance", formats.date(s.date()), formats.heure(s.debut()),
				formats.heure(s.fin()), formats.heures(s.dureeMinutes()), s.lieu())), TEXTE));
		PdfPTable tableau = new PdfPTable(new float[] { 3, 3, 2, 4 });
		tableau.setWidthPercentage(100);
		tableau.setSpacingBefore(12);
		tableau.setHeaderRows(1);
		for (String colonne : new String[] { "emargement.pdf.nom", "emargement.pdf.prenom", "emargement.pdf.presence",
				"emargement.pdf.signature" }) {
			tableau.addCell(new PdfPCell(new Phrase(texte(msg(colonne)), INTERTITRE)));
		}
		for (Ligne ligne : feuille.lignes()) {
			tableau.addCell(cellule(ligne.nom()));
			tableau.addCell(cellule(ligne.prenom()));
			tableau.addCell(cellule(ligne.statut() == null ? "" : msg("presence." + ligne.statut())));
			tableau.addCell(cellule(""));
		}
		document.add(tableau);
		Paragraph signature = new Paragraph(texte(msg("emargement.pdf.facilitateur")), TEXTE);
		signature.setSpacingBefore(24);
		signature.setAlignment(Element.ALIGN_RIGHT);
		document.add(signature);
		document.close();
	}

	private static PdfPCell cellule(String texte) {
		PdfPCell cellule = new PdfPCell(new Phrase(texte(texte), TEXTE));
		// room for a handwritten signature
		cellule.setMinimumHeight(28);
		cellule.setVerticalAlignment(Element.ALIGN_MIDDLE);
		return cellule;
	}

	private String msg(String cle, Object... arguments) {
		return messages.getMessage(cle, arguments, FR);
	}

}
