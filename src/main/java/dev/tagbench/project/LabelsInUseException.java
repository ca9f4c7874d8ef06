package dev.tagbench.project;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.Counted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A schema change would remove labels that stored decisions use; nothing was changed (409). */
public class LabelsInUseException extends ConflictException {

    private final List<LabelInUse> uses;

    LabelsInUseException(List<LabelInUse> uses) {
        super(
                describe(uses) + " Nothing was changed; confirm the removal to take the labels out of them.",
                Map.of("inUse", uses.stream().map(LabelInUse::json).toList()));
        this.uses = List.copyOf(uses);
    }

    public List<LabelInUse> uses() {
        return uses;
    }

    /** "'Attack report' is used in 12 curator decisions and 1 final label." for each label. */
    public static String describe(List<LabelInUse> uses) {
        var text = new StringBuilder();
        for (var use : uses) {
            var counts = use.counts().entrySet().stream()
                    .filter(count -> count.getValue().count() > 0)
                    .map(count -> Counted.of(
                            count.getValue().count(), count.getValue().noun()))
                    .toList();
            text.append(text.isEmpty() ? "" : " ")
                    .append("'")
                    .append(use.name())
                    .append("' is used in ")
                    .append(String.join(" and ", counts))
                    .append(".");
        }
        return text.toString();
    }

    /** A label about to be removed and how many decisions of each kind use it. */
    public record LabelInUse(String key, String name, Map<String, Uses> counts) {

        Map<String, Object> json() {
            var json = new LinkedHashMap<String, Object>();
            json.put("key", key);
            counts.forEach((kind, uses) -> json.put(kind, uses.count()));
            return json;
        }
    }

    /** How many uses of one kind, and what one of them is called. */
    public record Uses(long count, String noun) {}
}
