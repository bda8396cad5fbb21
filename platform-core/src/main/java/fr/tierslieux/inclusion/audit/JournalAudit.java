package fr.tierslieux.inclusion.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One access to personal data. Written once, never changed. */
@Entity
public class JournalAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant survenuLe;

	private String auteur;

	private String action;

	private String objetType;

	private Long objetId;

	protected JournalAudit() {
	}

	JournalAudit(String auteur, String action, String objetType, Long objetId, Instant survenuLe) {
		this.survenuLe = survenuLe;
		this.auteur = auteur;
		this.action = action;
		this.objetType = objetType;
		this.objetId = objetId;
	}

	public Instant getSurvenuLe() {
		return survenuLe;
	}

	public String getAuteur() {
		return auteur;
	}

	public String getAction() {
		return action;
	}

	public String getObjetType() {
		return objetType;
	}

	public Long getObjetId() {
		return objetId;
	}

}
