package fr.tierslieux.inclusion.compte.web;

import jakarta.validation.constraints.NotNull;

import fr.tierslieux.inclusion.compte.Role;

/** An admin gives an account another role and the structure that goes with it. */
public class RoleFormData {

	private long version;

	@NotNull
	private Role role;

	/** {@code R:11}, {@code A:42}, {@code T:7}; empty for an admin. */
	private String structure;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getStructure() {
		return structure;
	}

	public void setStructure(String structure) {
		this.structure = structure;
	}

}
