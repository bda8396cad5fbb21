package fr.tierslieux.inclusion.beneficiaire.web;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.beneficiaire.BonsDOrientation.Bon;
import fr.tierslieux.inclusion.web.Formats;
import fr.tierslieux.inclusion.web.QrCode;

import static fr.tierslieux.inclusion.web.Pdf.INTERTITRE;
import static fr.tierslieux.inclusion.web.Pdf.TEXTE;
import static fr.tierslieux.inclusion.web.Pdf.TITRE;
import static fr.tierslieux.inclusion.web.Pdf.texte;

/**
 * The voucher the person takes to the tiers-lieu: where and when, the code in large
 * letters, and a QR code that opens the registration page on the facilitator's phone. No
 * personal data is on it.
 */
@Component
class BonPdf {

	private static final Locale FR = Locale.FRANCE;

	private static final Font CODE = FontFactory.getFont(FontFactory.COURIER_BOLD, 28);

	private final MessageSource messages;

	private final Formats formats;

	BonPdf(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	void ecrire(Bon bon, String lienDAccueil, OutputStream sortie) {
		Document document = new Document(PageSize.A5, 36, 36, 36, 36);
		PdfWriter.getInstance(document, sortie);
		document.addTitle(msg("bon.pdf.titre"));
		document.open();
		document.add(new Paragraph(texte(msg("bon.pdf.titre")), TITRE));
		document.add(new Paragraph(texte(msg("bon.pdf.parcours", bon.parcours())), INTERTITRE));
		document
			.add(new Paragraph(
					texte(msg("bon.pdf.ou", bon.tiersLieu(),
							(bon.adresse() == null ? "" : bon.adresse() + ", ")
									+ (bon.codePostal() == null ? "" : bon.codePostal() + " ") + bon.commune())),
					TEXTE));
		document
			.add(new Paragraph(texte(msg("bon.pdf.quand", formats.date(bon.debut()), formats.date(bon.fin()))), TEXTE));
		Paragraph code = new Paragraph(bon.codeLisible(), CODE);
		code.setAlignment(Element.ALIGN_CENTER);
		code.setSpacingBefore(16);
		document.add(code);
		Image qr = qr(lienDAccueil);
		qr.setAlignment(Element.ALIGN_CENTER);
		qr.scaleAbsolute(150, 150);
		document.add(qr);
		document.add(new Paragraph(texte(msg("bon.pdf.mode", formats.date(bon.valableJusquAu()))), TEXTE));
		document.close();
	}

	private static Image qr(String lien) {
		try {
			return Image.getInstance(QrCode.image(lien, 300), Color.WHITE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String msg(String cle, Object... arguments) {
		return messages.getMessage(cle, arguments, FR);
	}

}
