package dev.tagbench.base;

import dev.tagbench.base.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a request body or parameter, in words for the client: which field (a path such
 * as {@code labels[2]}) and what it should have been. Jackson's own messages name Java types and its
 * configuration, which mean nothing to a client and say more about the server than it should.
 */
final class UnreadableInput {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"");

    private UnreadableInput() {}

    static InvalidInputException of(HttpMessageNotReadableException e) {
        var json = Causes.find(e, JacksonException.class);
        if (json == null) {
            return new InvalidInputException("The request needs a JSON body.", List.of());
        }
        var field = path(json);
        var duplicate = DUPLICATE.matcher(String.valueOf(json.getOriginalMessage()));
        if (duplicate.find()) {
            return invalid(join(field, duplicate.group(1)), "appears more than once in its object");
        }
        if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            var given = mismatch instanceof InvalidFormatException format ? ", not " + format.getValue() : "";
            return invalid(field.isEmpty() ? "body" : field, "must be " + expected(mismatch.getTargetType()) + given);
        }
        if (json instanceof StreamReadException && json.getLocation() != null) {
            return new InvalidInputException(
                    "The body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr() + ").",
                    List.of());
        }
        return field.isEmpty()
                ? new InvalidInputException("The body is not valid JSON.", List.of())
                : invalid(field, "cannot be read");
    }

    /** A query or path parameter of the wrong type, such as {@code limit=1.5}. */
    static InvalidInputException parameter(String name, @Nullable Class<?> type) {
        return invalid(name, "must be " + (type == null ? "of another type" : expected(type)));
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(field + " " + message + ".", List.of(new FieldError(field, message)));
    }

    /** "settings.labels[2].key": the place in the body, as a client would write it. */
    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
        }
        return path.toString();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String expected(Class<?> type) {
        if (type == int.class
                || type == long.class
                || type == short.class
                || type == Integer.class
                || type == Long.class
                || type == Short.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class
                || type == float.class
                || Number.class.isAssignableFrom(type)
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a value of another type";
    }
}
