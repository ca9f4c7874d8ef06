package dev.tagbench.project.ui;

import dev.tagbench.project.Label;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A label as the schema editor holds it until Save: its fields as typed, whether it is stored (then
 * its key is fixed: annotations name labels by key), and the messages the last save attempt had
 * for its fields ({@code key}, {@code name}, {@code color}, {@code hotkey}, {@code description}).
 */
final class LabelDraft {

    /** Chip colours that white text reads well on (contrast at least 4.5:1), offered in this order. */
    static final List<Swatch> PALETTE = List.of(
            new Swatch("Green", "#2f7d32"),
            new Swatch("Red", "#c62828"),
            new Swatch("Blue", "#1565c0"),
            new Swatch("Purple", "#6a1b9a"),
            new Swatch("Teal", "#00695c"),
            new Swatch("Deep orange", "#bf360c"),
            new Swatch("Pink", "#ad1457"),
            new Swatch("Brown", "#6d4c41"),
            new Swatch("Olive", "#5d6b00"),
            new Swatch("Blue grey", "#455a64"));

    /** A named colour of the palette. */
    record Swatch(String name, String colour) {}

    String key;
    String name;
    String colour;
    /** A digit 1–9, or empty for none. */
    String hotkey;

    String description;
    final boolean stored;
    /** Whether someone typed the key; until then a new label's key follows its name. */
    boolean keyTyped;

    final Map<String, String> errors = new HashMap<>();

    private LabelDraft(String key, String name, String colour, String hotkey, String description, boolean stored) {
        this.key = key;
        this.name = name;
        this.colour = colour;
        this.hotkey = hotkey;
        this.description = description;
        this.stored = stored;
    }

    static LabelDraft of(Label label) {
        return new LabelDraft(
                label.key(),
                label.name(),
                label.color(),
                Objects.requireNonNullElse(label.hotkey(), ""),
                label.description(),
                true);
    }

    /** A new label with the first free hotkey and the first palette colour no other label has. */
    static LabelDraft fresh(List<LabelDraft> others) {
        var hotkey = "";
        for (var digit = 1; digit <= 9 && hotkey.isEmpty(); digit++) {
            var candidate = String.valueOf(digit);
            if (others.stream().noneMatch(other -> other.hotkey.equals(candidate))) {
                hotkey = candidate;
            }
        }
        var colour = PALETTE.stream()
                .map(Swatch::colour)
                .filter(c -> others.stream().noneMatch(other -> other.colour.equalsIgnoreCase(c)))
                .findFirst()
                .orElse(PALETTE.getFirst().colour());
        return new LabelDraft("", "", colour, hotkey, "", false);
    }

    Label toLabel() {
        return new Label(
                key.strip(), name.strip(), colour.strip(), hotkey.isBlank() ? null : hotkey.strip(), description);
    }

    /** Renames the label; a new label whose key nobody typed takes a key made from the name. */
    void rename(String newName) {
        name = newName;
        if (!stored && !keyTyped) {
            key = keyFor(newName);
        }
    }

    /** "Casualty claim (2)" → "casualty_claim_2": lower-case ASCII letters, digits and underscores. */
    static String keyFor(String name) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (!ascii.isEmpty() && !Character.isLetter(ascii.charAt(0))) {
            ascii = "label_" + ascii;
        }
        return ascii.length() > 64 ? ascii.substring(0, 64) : ascii;
    }
}
