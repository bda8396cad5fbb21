package fr.tierslieux.inclusion.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address links in mails start with: {@code PLATEFORME_ADRESSE_PUBLIQUE} when set
 * (behind a proxy, the address people type), else the address of the current request.
 */
@Component
public class AdresseDuSite {

	private final String configuree;

	AdresseDuSite(@Value("${plateforme.adresse-publique:}") String configuree) {
		this.configuree = configuree;
	}

	public String adresse() {
		if (StringUtils.hasText(configuree)) {
			return configuree.endsWith("/") ? configuree.substring(0, configuree.length() - 1) : configuree;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
