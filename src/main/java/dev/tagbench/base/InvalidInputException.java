package dev.tagbench.base;

import java.util.List;

/** Input that breaks a rule, with the offending fields (400). */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One invalid field and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
