package fr.tierslieux.inclusion.parcours.web;

import java.io.OutputStream;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.parcours.PresentationParcours.Presentation;
import fr.tierslieux.inclusion.parcours.PresentationParcours.Seance;
import fr.tierslieux.inclusion.web.Formats;

import static fr.tierslieux.inclusion.web.Pdf.INTERTITRE;
import static fr.tierslieux.inclusion.web.Pdf.TEXTE;
import static fr.tierslieux.inclusion.web.Pdf.TITRE;
import static fr.tierslieux.inclusion.web.Pdf.texte;

/**
 * The presentation sheet as a printable A4 PDF (OpenPDF), with the same French texts as
 * the page.
 */
@Component
class PresentationPdf {

	private static final Locale FR = Locale.FRANCE;

	private final MessageSource messages;

	private final Formats formats;

	PresentationPdf(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	void ecrire(Presentation p, OutputStream sortie) {
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(document, sortie);
		document.addTitle(p.intitule());
		document.open();
		document.add(new Paragraph(texte(p.intitule()), TITRE));
		document
			.add(new Paragraph(texte(msg("typologie." + p.typologie()) + " — " + msg("format." + p.format())), TEXTE));
		section(document, "presentation.quoi", p.objectifs() == null ? p.publicCible() : p.objectifs());
		section(document, "presentation.pourQui", p.publicCible());
		section(document, "presentation.quand", messages.getMessage("presentation.periode",
				new Object[] { formats.date(p.dateDebut()), formats.date(p.dateFin()), p.capacite() }, FR));
		section(document, "presentation.ou", adresse(p));
		if (p.acces() != null) {
			section(document, "presentation.acces", p.acces());
		}
		if (p.avecPhases()) {
			document.add(new Paragraph(msg("presentation.deroulement"), INTERTITRE));
			List phases = new List(List.ORDERED);
			String[] noms = { "canevas.champ.phaseDecouverte", "canevas.champ.phaseApprentissage",
					"canevas.champ.phasePratique", "canevas.champ.phaseProjet" };
			for (int i = 0; i < noms.length; i++) {
				if (!p.phases().get(i).isEmpty()) {
					phases.add(new ListItem(texte(msg(noms[i]) + " : " + p.phases().get(i)), TEXTE));
				}
			}
			document.add(phases);
		}
		if (!p.competences().isEmpty()) {
			document.add(new Paragraph(msg("presentation.competences"), INTERTITRE));
			List competences = new List(List.UNORDERED);
			p.competences().forEach(c -> competences.add(new ListItem(texte(c), TEXTE)));
			document.add(competences);
		}
		if (!p.seances().isEmpty()) {
			document.add(new Paragraph(msg("presentation.seances"), INTERTITRE));
			List seances = new List(List.UNORDERED);
			for (Seance s : p.seances()) {
				seances
					.add(new ListItem(
							texte(messages.getMessage(
									"presentation.seance", new Object[] { formats.date(s.date()),
											formats.heure(s.debut()), formats.heure(s.fin()), s.intitule(), s.lieu() },
									FR)),
							TEXTE));
			}
			document.add(seances);
		}
		document.add(Chunk.NEWLINE);
		document.add(new Paragraph(
				texte(messages.getMessage("presentation.binome", new Object[] { p.tiersLieu(), p.agence() }, FR)),
				TEXTE));
		document.close();
	}

	private void section(Document document, String titre, String contenu) {
		document.add(new Paragraph(msg(titre), INTERTITRE));
		document.add(new Paragraph(texte(contenu == null ? "" : contenu), TEXTE));
	}

	static String adresse(Presentation p) {
		StringBuilder adresse = new StringBuilder(p.lieu() == null ? p.tiersLieu() : p.lieu());
		if (p.adresse() != null) {
			adresse.append(", ").append(p.adresse());
		}
		adresse.append(", ").append(p.codePostal() == null ? "" : p.codePostal() + " ").append(p.commune());
		return adresse.toString();
	}

	private String msg(String cle) {
		return messages.getMessage(cle, null, FR);
	}

}
