package fr.tierslieux.inclusion.beneficiaire;

/**
 * The information notice shown to a person before they consent to be referred: its text
 * is a page of the platform, its version is recorded with the consent. A new text gets a
 * new version (and its own page), so that each consent says what the person read.
 */
public final class NoticeInformation {

	public static final String VERSION = "2026-11";

	private NoticeInformation() {
	}

}
