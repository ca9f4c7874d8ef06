package dev.tagbench.user;

/** A person who signs in to Tagbench. Project roles live with the project; {@code admin} is global. */
public record AppUser(long id, String username, String displayName, boolean admin) {}
