package dev.tagbench.project;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a label schema before it is stored, so people get all its problems at once. Fields are
 * named {@code labels[i].key} and so on, {@code i} counting from 0 in the given order.
 */
final class LabelSchemaValidator {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HOTKEY = Pattern.compile("[1-9]");

    private LabelSchemaValidator() {}

    static void validate(List<Label> labels) {
        var errors = errors(labels);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The label schema is invalid.", errors);
        }
    }

    /** Every problem of the schema; empty when it can be stored. */
    static List<FieldError> errors(List<Label> labels) {
        var errors = new ArrayList<FieldError>();
        if (labels.isEmpty()) {
            errors.add(new FieldError("labels", "A project needs at least one label."));
        }
        var keys = new HashSet<String>();
        var hotkeys = new HashSet<String>();
        for (var i = 0; i < labels.size(); i++) {
            var label = labels.get(i);
            var field = "labels[" + i + "]";
            if (label.key() == null || !KEY.matcher(label.key()).matches()) {
                errors.add(new FieldError(
                        field + ".key",
                        "A key is 1 to 64 lower-case letters (a-z), digits and underscores, starting with a letter."));
            } else if (!keys.add(label.key())) {
                errors.add(new FieldError(field + ".key", "The key '" + label.key() + "' is used twice."));
            }
            if (label.name() == null || label.name().isBlank() || label.name().length() > 100) {
                errors.add(new FieldError(field + ".name", "A name has 1 to 100 characters."));
            }
            if (label.color() == null || !COLOR.matcher(label.color()).matches()) {
                errors.add(new FieldError(field + ".color", "A colour is written like #1a2b3c."));
            } else {
                ChipContrast.of(label.color())
                        .error()
                        .ifPresent(message -> errors.add(new FieldError(field + ".color", message)));
            }
            if (label.hotkey() != null && !HOTKEY.matcher(label.hotkey()).matches()) {
                errors.add(new FieldError(field + ".hotkey", "A hotkey is a digit from 1 to 9."));
            } else if (label.hotkey() != null && !hotkeys.add(label.hotkey())) {
                errors.add(new FieldError(field + ".hotkey", "The hotkey " + label.hotkey() + " is used twice."));
            }
            if (label.description() != null && label.description().length() > 500) {
                errors.add(new FieldError(field + ".description", "A description has at most 500 characters."));
            }
        }
        return errors;
    }
}
