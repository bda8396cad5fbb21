/** The log of every read and write of personal data: who, what, when. */
package fr.tierslieux.inclusion.audit;
