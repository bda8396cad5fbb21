package fr.tierslieux.inclusion.budget.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.budget.BilanBudgetaire;
import fr.tierslieux.inclusion.web.Pdf;

/**
 * The budget report as a printable PDF: the Thymeleaf page
 * {@code budget/bilan-imprimable} rendered by openhtmltopdf, so that the page and the
 * paper share their tables and words.
 */
@Component
class BilanPdf {

	private final ITemplateEngine moteur;

	private final ApplicationContext application;

	private final LibellesDuBilan libelles;

	BilanPdf(ITemplateEngine moteur, ApplicationContext application, LibellesDuBilan libelles) {
		this.moteur = moteur;
		this.application = application;
		this.libelles = libelles;
	}

	void ecrire(BilanBudgetaire bilan, OutputStream sortie) throws IOException {
		Context contexte = new Context(Locale.FRANCE);
		contexte.setVariable("bilan", bilan);
		contexte.setVariable("filtres", libelles.filtres(bilan.entete()));
		contexte.setVariable("edition", libelles.edition(bilan));
		// lets the template call beans (@formats), as web pages do
		contexte.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		String html = Pdf.texte(moteur.process("budget/bilan-imprimable", contexte));
		PdfRendererBuilder rendu = new PdfRendererBuilder();
		rendu.useFastMode();
		rendu.withHtmlContent(html, null);
		rendu.toStream(sortie);
		rendu.run();
	}

}
