package fr.tierslieux.inclusion.annuaire;

import java.util.Arrays;
import java.util.List;

/** The fields a CSV list of places can fill, each from the column the user points to. */
public enum ChampDeLieu {

	NOM(true), COMMUNE(true), ADRESSE(false), CODE_POSTAL(false), CODE_INSEE(false), LATITUDE(false), LONGITUDE(false),
	SITE_WEB(false), SIRET(false), TYPOLOGIE(false);

	private final boolean obligatoire;

	ChampDeLieu(boolean obligatoire) {
		this.obligatoire = obligatoire;
	}

	public boolean obligatoire() {
		return obligatoire;
	}

	public static List<ChampDeLieu> obligatoires() {
		return Arrays.stream(values()).filter(ChampDeLieu::obligatoire).toList();
	}

}
