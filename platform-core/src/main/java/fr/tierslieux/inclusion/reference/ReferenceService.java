package fr.tierslieux.inclusion.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TechEmpower's Fortunes test: read every row, add one at request time, sort by message.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceService {

	static final String AJOUTEE = "Additional fortune added at request time.";

	private final FortuneRepository fortunes;

	ReferenceService(FortuneRepository fortunes) {
		this.fortunes = fortunes;
	}

	public List<Fortune> fortunes() {
		List<Fortune> lignes = new ArrayList<>(fortunes.findAll());
		lignes.add(new Fortune(0, AJOUTEE));
		lignes.sort(Comparator.comparing(Fortune::getMessage));
		return lignes;
	}

}
