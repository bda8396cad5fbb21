/**
 * What the platform owes the people it holds data on (ADR 0016): their records are
 * anonymised two years after their last contact with the programme, their counsellor told
 * a month before; on request, their data is handed over (a file and a printable page),
 * corrected or erased, and their consent withdrawn. Every such act is written to the
 * audit trail.
 */
package fr.tierslieux.inclusion.droits;
