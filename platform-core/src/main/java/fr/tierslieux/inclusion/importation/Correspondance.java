package fr.tierslieux.inclusion.importation;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A column mapping (target field → column of the file), stored as JSON. */
final class Correspondance {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Correspondance() {
	}

	static Map<String, String> lire(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	static String ecrire(Map<String, String> correspondance) {
		return correspondance == null || correspondance.isEmpty() ? null : JSON.writeValueAsString(correspondance);
	}

}
