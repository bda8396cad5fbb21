package fr.tierslieux.inclusion.binome.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.binome.AteliersCollectifs.TypeAtelierCollectif;

/** A collective workshop of a vague to plan. */
public class AtelierCollectifFormData {

	@NotNull
	private TypeAtelierCollectif type;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotBlank
	@Size(max = 300)
	private String lieu;

	@Size(max = 1000)
	private String autresInvites;

	public TypeAtelierCollectif getType() {
		return type;
	}

	public void setType(TypeAtelierCollectif type) {
		this.type = type;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getLieu() {
		return lieu;
	}

	public void setLieu(String lieu) {
		this.lieu = lieu;
	}

	public String getAutresInvites() {
		return autresInvites;
	}

	public void setAutresInvites(String autresInvites) {
		this.autresInvites = autresInvites;
	}

}
