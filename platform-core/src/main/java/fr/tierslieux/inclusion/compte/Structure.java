package fr.tierslieux.inclusion.compte;

/**
 * Where a person belongs: exactly one région, agence or tiers-lieu. Written in forms as
 * {@code R:11}, {@code A:42} or {@code T:7}.
 */
public record Structure(String regionCode, Long agenceId, Long tiersLieuId) {

	public Structure {
		int cibles = (regionCode == null ? 0 : 1) + (agenceId == null ? 0 : 1) + (tiersLieuId == null ? 0 : 1);
		if (cibles != 1) {
			throw new IllegalArgumentException("Une structure : une région, une agence ou un tiers-lieu");
		}
	}

	public static Structure region(String code) {
		return new Structure(code, null, null);
	}

	public static Structure agence(Long id) {
		return new Structure(null, id, null);
	}

	public static Structure tiersLieu(Long id) {
		return new Structure(null, null, id);
	}

	/**
	 * @return null when the text is no structure
	 */
	public static Structure lue(String texte) {
		if (texte == null || texte.length() < 3 || texte.charAt(1) != ':') {
			return null;
		}
		String valeur = texte.substring(2);
		try {
			return switch (texte.charAt(0)) {
				case 'R' -> valeur.matches("[0-9A-Z]{1,3}") ? region(valeur) : null;
				case 'A' -> agence(Long.valueOf(valeur));
				case 'T' -> tiersLieu(Long.valueOf(valeur));
				default -> null;
			};
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public String code() {
		return regionCode != null ? "R:" + regionCode : agenceId != null ? "A:" + agenceId : "T:" + tiersLieuId;
	}

	/** Whether a person of this role belongs to this kind of structure. */
	public boolean convientA(Role role) {
		return switch (role) {
			case COORDINATEUR, PILOTE -> regionCode != null;
			case CONSEILLER -> agenceId != null;
			case FACILITATEUR -> tiersLieuId != null;
			case ADMIN -> false;
		};
	}

}
