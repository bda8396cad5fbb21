package fr.tierslieux.inclusion.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One line of the reference page. */
@Entity
public class Fortune {

	@Id
	private Integer id;

	private String message;

	protected Fortune() {
	}

	Fortune(Integer id, String message) {
		this.id = id;
		this.message = message;
	}

	public Integer getId() {
		return id;
	}

	public String getMessage() {
		return message;
	}

}
