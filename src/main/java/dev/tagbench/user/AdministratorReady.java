package dev.tagbench.user;

/**
 * The {@code admin} account exists, announced once on start. What sets things up on start, such
 * as demo mode, acts as this account, so it goes through the same checks as anyone.
 */
public record AdministratorReady(AppUser admin) {}
