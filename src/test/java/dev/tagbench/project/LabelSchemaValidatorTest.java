package dev.tagbench.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.InvalidInputException.FieldError;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of a label schema, each at its edge: what just passes and what just fails. */
class LabelSchemaValidatorTest {

    private static Label label(String key, String name, String color, String hotkey, String description) {
        return new Label(key, name, color, hotkey, description);
    }

    private static Label valid(String key, String hotkey) {
        return label(key, "Label " + key, "#1a2b3c", hotkey, "When " + key + " applies.");
    }

    @Test
    void a_valid_schema_passes_at_every_edge() {
        var schema = List.of(
                label("a", "x", "#000000", null, ""),
                label("k" + "0_".repeat(31) + "z", "n".repeat(100), "#0A0B0C", "9", "d".repeat(500)),
                label("attack_report", "Attack report", "#1a2B3c", "1", "A sentence reporting an attack."));
        assertThatCode(() -> LabelSchemaValidator.validate(schema)).doesNotThrowAnyException();
    }

    @Test
    void a_schema_needs_at_least_one_label() {
        assertErrors(List.of()).containsExactly(tuple("labels", "A project needs at least one label."));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "Pledge",
                "1pledge",
                "_pledge",
                "pledge-x",
                "pledge x",
                "plédge",
                "k12345678901234567890123456789012345678901234567890123456789012345"
            })
    void a_key_is_lower_case_letters_digits_and_underscores_starting_with_a_letter_at_most_64(String key) {
        assertErrors(List.of(valid("ok", "1"), label(key, "Name", "#000000", null, "")))
                .containsExactly(tuple(
                        "labels[1].key",
                        "A key is 1 to 64 lower-case letters (a-z), digits and underscores, starting with a letter."));
    }

    @Test
    void a_key_used_twice_is_named() {
        assertErrors(List.of(valid("pledge", "1"), valid("pledge", "2")))
                .containsExactly(tuple("labels[1].key", "The key 'pledge' is used twice."));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_name_is_not_blank(String name) {
        assertErrors(List.of(label("pledge", name, "#000000", null, "")))
                .containsExactly(tuple("labels[0].name", "A name has 1 to 100 characters."));
    }

    @Test
    void a_name_has_at_most_100_characters() {
        assertErrors(List.of(label("pledge", "n".repeat(101), "#000000", null, "")))
                .containsExactly(tuple("labels[0].name", "A name has 1 to 100 characters."));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "red", "#fff", "#12345", "#1234567", "123456", "#12345g", " #123456"})
    void a_colour_is_a_hash_and_six_hex_digits(String color) {
        assertErrors(List.of(label("pledge", "Pledge", color, null, "")))
                .containsExactly(tuple("labels[0].color", "A colour is written like #1a2b3c."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10", "a", "", " 1", "١"})
    void a_hotkey_is_one_digit_from_1_to_9(String hotkey) {
        assertErrors(List.of(label("pledge", "Pledge", "#000000", hotkey, "")))
                .containsExactly(tuple("labels[0].hotkey", "A hotkey is a digit from 1 to 9."));
    }

    @Test
    void a_hotkey_used_twice_is_named_and_labels_without_one_never_clash() {
        assertErrors(List.of(valid("a", "3"), valid("b", null), valid("c", null), valid("d", "3")))
                .containsExactly(tuple("labels[3].hotkey", "The hotkey 3 is used twice."));
    }

    @Test
    void a_description_has_at_most_500_characters() {
        assertErrors(List.of(label("pledge", "Pledge", "#000000", null, "d".repeat(501))))
                .containsExactly(tuple("labels[0].description", "A description has at most 500 characters."));
    }

    @Test
    void every_problem_of_a_schema_is_reported_at_once_in_order() {
        assertErrors(List.of(
                        label("Bad", "", "red", "0", "d".repeat(501)),
                        valid("ok", "2"),
                        label("ok", "n".repeat(101), "#000000", "2", "")))
                .containsExactly(
                        tuple(
                                "labels[0].key",
                                "A key is 1 to 64 lower-case letters (a-z), digits and underscores, starting with a letter."),
                        tuple("labels[0].name", "A name has 1 to 100 characters."),
                        tuple("labels[0].color", "A colour is written like #1a2b3c."),
                        tuple("labels[0].hotkey", "A hotkey is a digit from 1 to 9."),
                        tuple("labels[0].description", "A description has at most 500 characters."),
                        tuple("labels[2].key", "The key 'ok' is used twice."),
                        tuple("labels[2].name", "A name has 1 to 100 characters."),
                        tuple("labels[2].hotkey", "The hotkey 2 is used twice."));
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertErrors(
            List<Label> labels) {
        var thrown = catchThrowableOfType(InvalidInputException.class, () -> LabelSchemaValidator.validate(labels));
        assertThat(thrown)
                .as("the schema %s is refused", Arrays.toString(labels.toArray()))
                .isNotNull()
                .hasMessage("The label schema is invalid.");
        return assertThat(thrown.errors()).extracting(FieldError::field, FieldError::message);
    }
}
