package fr.tierslieux.inclusion.commun;

import java.time.Instant;

/**
 * One step of a record's timeline.
 *
 * @param de the status before; null when the record was created
 * @param vers the status after
 * @param auteur the account that made the change
 * @param motif why, when the user said so
 */
public record Transition<S extends Enum<S>>(S de, S vers, String auteur, String motif, Instant survenueLe) {
}
