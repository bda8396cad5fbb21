package fr.tierslieux.inclusion.reference.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.tierslieux.inclusion.reference.ReferenceService;

/**
 * The reference page of the benchmarks, behind the same security as every page but
 * without the layout, as TechEmpower's Fortunes.
 */
@Controller
class ReferenceController {

	private final ReferenceService reference;

	ReferenceController(ReferenceService reference) {
		this.reference = reference;
	}

	@GetMapping("/reference/fortunes")
	String fortunes(Model model) {
		model.addAttribute("fortunes", reference.fortunes());
		return "reference/fortunes";
	}

}
