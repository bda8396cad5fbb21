package fr.tierslieux.inclusion.restitution.web;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.progression.Echeance;
import fr.tierslieux.inclusion.progression.Situation;
import fr.tierslieux.inclusion.restitution.Chiffres;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague.Ligne;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague.Restitution;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague.Temoignage;
import fr.tierslieux.inclusion.web.Formats;

import static fr.tierslieux.inclusion.web.Pdf.INTERTITRE;
import static fr.tierslieux.inclusion.web.Pdf.TEXTE;
import static fr.tierslieux.inclusion.web.Pdf.TITRE;
import static fr.tierslieux.inclusion.web.Pdf.texte;

/**
 * The restitution printed for the collective workshop and the funders: the same figures
 * and the same secrecy as the page, on A4 landscape.
 */
@Component
class RestitutionPdf {

	private static final Locale FR = Locale.FRANCE;

	private static final String[] COLONNES = { "restitution.personnes", "restitution.seances", "restitution.heures",
			"restitution.presence", "restitution.progression", "restitution.badges", "restitution.dynamiquesM3",
			"restitution.dynamiquesM6" };

	private final MessageSource messages;

	private final Formats formats;

	RestitutionPdf(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	void ecrire(Restitution r, OutputStream sortie) {
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(document, sortie);
		String titre = msg("restitution.titreDe", r.vague().nom());
		document.addTitle(titre);
		document.open();
		document.add(new Paragraph(texte(titre), TITRE));
		document.add(new Paragraph(
				texte(msg("restitution.periode", formats.date(r.vague().debut()), formats.date(r.vague().fin()))),
				TEXTE));
		document.add(new Paragraph(texte(msg("restitution.secret")), TEXTE));
		document.add(new Paragraph(texte(msg("restitution.calculesLe", formats.dateHeure(r.calculesLe()))), TEXTE));
		intertitre(document, "restitution.ensemble");
		document.add(tableau(msg("restitution.vague"), List.of(new Ligne(r.vague().nom(), r.total())), false));
		intertitre(document, "restitution.parTypologie");
		document.add(tableau(msg("restitution.typologie"), r.parTypologie(), true));
		intertitre(document, "restitution.parTiersLieu");
		document.add(tableau(msg("restitution.tiersLieu"), r.parTiersLieu(), false));
		intertitre(document, "restitution.sorties");
		PdfPTable sorties = new PdfPTable(3);
		sorties.setWidthPercentage(60);
		sorties.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
		sorties.setHeaderRows(1);
		entete(sorties, msg("restitution.situation"));
		entete(sorties, msg("repartition.echeance.M3"));
		entete(sorties, msg("repartition.echeance.M6"));
		for (Situation s : Situation.values()) {
			cellule(sorties, msg("situation." + s));
			cellule(sorties, compte(r.sorties().get(Echeance.M3).get(s)));
			cellule(sorties, compte(r.sorties().get(Echeance.M6).get(s)));
		}
		document.add(sorties);
		intertitre(document, "restitution.temoignages");
		if (r.temoignages().isEmpty()) {
			document.add(new Paragraph(texte(msg("restitution.aucunTemoignage")), TEXTE));
		}
		for (Temoignage t : r.temoignages()) {
			Paragraph p = new Paragraph(
					texte("« " + t.texte() + " » — " + msg("restitution.auteur", msg("typologie." + t.typologie()))),
					TEXTE);
			p.setSpacingAfter(6);
			document.add(p);
		}
		intertitre(document, "restitution.atelier");
		if (r.atelier().date() != null) {
			document.add(new Paragraph(texte(msg("restitution.atelierLe", formats.date(r.atelier().date()))), TEXTE));
		}
		document.add(new Paragraph(
				texte(r.atelier().notes() == null ? msg("restitution.pasDeNotes") : r.atelier().notes()), TEXTE));
		document.close();
	}

	private PdfPTable tableau(String premiere, List<Ligne> lignes, boolean typologies) {
		PdfPTable tableau = new PdfPTable(new float[] { 4, 2, 2, 2, 2, 2, 2, 3, 3 });
		tableau.setWidthPercentage(100);
		tableau.setHeaderRows(1);
		entete(tableau, premiere);
		for (String colonne : COLONNES) {
			entete(tableau, msg(colonne));
		}
		for (Ligne l : lignes) {
			Chiffres c = l.chiffres();
			cellule(tableau, typologies ? msg("typologie." + l.libelle()) : l.libelle());
			cellule(tableau, compte(c.personnes()));
			cellule(tableau, Long.toString(c.seances()));
			cellule(tableau, formats.heures(c.minutes()));
			cellule(tableau, taux(c.tauxPresence()));
			cellule(tableau, taux(c.partEnProgres()));
			cellule(tableau, compte(c.badges()));
			cellule(tableau, sur(c.dynamiquesM3(), c.sortiesM3()));
			cellule(tableau, sur(c.dynamiquesM6(), c.sortiesM6()));
		}
		return tableau;
	}

	private String compte(Long n) {
		return n == null ? msg("restitution.moinsDe5") : Long.toString(n);
	}

	private String taux(Integer t) {
		return t == null ? msg("restitution.masque") : msg("restitution.pourcent", t);
	}

	private String sur(Long part, Long tout) {
		return part == null || tout == null ? msg("restitution.moinsDe5") : msg("restitution.sur", part, tout);
	}

	private void intertitre(Document document, String cle) {
		Paragraph p = new Paragraph(texte(msg(cle)), INTERTITRE);
		p.setSpacingBefore(12);
		p.setSpacingAfter(6);
		document.add(p);
	}

	private static void entete(PdfPTable tableau, String texte) {
		tableau.addCell(new PdfPCell(new Phrase(texte(texte), INTERTITRE)));
	}

	private static void cellule(PdfPTable tableau, String texte) {
		tableau.addCell(new PdfPCell(new Phrase(texte(texte), TEXTE)));
	}

	private String msg(String cle, Object... arguments) {
		return messages.getMessage(cle, arguments, FR);
	}

}
