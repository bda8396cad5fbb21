package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from messages.properties: a template may hold placeholder
 * text only inside an element whose th:text replaces it, and no readable attribute is
 * written raw.
 */
class TextesDansLesMessagesTest {

	static final Set<String> ATTRIBUTS_LISIBLES = Set.of("aria-label", "title", "placeholder", "alt");

	@Test
	void templates_hold_no_hard_coded_text() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(5);

		List<String> textesEnDur = new ArrayList<>();
		for (Resource template : templates) {
			try (InputStream in = template.getInputStream()) {
				Document document = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				for (Element element : document.getAllElements()) {
					if (!element.ownText().isBlank() && !remplaceParThymeleaf(element)) {
						textesEnDur.add(template.getFilename() + " : <" + element.tagName() + "> " + element.ownText());
					}
					element.attributes()
						.asList()
						.stream()
						.filter(a -> ATTRIBUTS_LISIBLES.contains(a.getKey()))
						.forEach(a -> textesEnDur
							.add(template.getFilename() + " : " + a.getKey() + "=\"" + a.getValue() + "\""));
				}
			}
		}
		assertThat(textesEnDur).isEmpty();
	}

	private static boolean remplaceParThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext")) {
				return true;
			}
		}
		return false;
	}

}
