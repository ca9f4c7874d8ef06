package dev.tagbench.user;

import dev.tagbench.base.ConflictException;

/** A new account's username belongs to an account already, perhaps written in another case (409). */
public class UsernameTakenException extends ConflictException {

    public UsernameTakenException(String wanted, String existing) {
        super(
                wanted.equals(existing)
                        ? "The username '" + wanted + "' is taken."
                        : "The username '" + wanted + "' is taken: '" + existing
                                + "' exists, and usernames are the same whatever their case.");
    }
}
