package dev.tagbench;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which feature may use which, as docs/architecture.md draws it ("Dependencies point one way"): each
 * arrow allows a feature to use the next, and with it everything that one may use.
 */
final class FeatureDependencies {

    /** The arrows, one chain per line, exactly as the block in docs/architecture.md lists them. */
    static final List<String> ARROWS = List.of(
            "review → annotation → article → project → user → job → base",
            "agreement → annotation",
            "dashboard → agreement, suggest",
            "ingest → review, extension",
            "export → agreement, extension",
            "demo → ingest",
            "suggest → annotation, extension",
            "extension → user",
            "project → extension",
            "plugins → ingest, export, suggest, outbound",
            "search → review, suggest",
            "webhook → export, outbound",
            "ui → project");

    private final Map<String, Set<String>> direct = new LinkedHashMap<>();

    private FeatureDependencies(List<String> arrows) {
        for (var line : arrows) {
            var steps = line.split("→");
            for (var i = 0; i + 1 < steps.length; i++) {
                var from = steps[i].strip();
                node(from);
                for (var to : steps[i + 1].split(",")) {
                    // In a chain "a → b → c" the target of one arrow is the source of the next.
                    var target = to.strip();
                    node(target);
                    direct.get(from).add(target);
                }
            }
        }
    }

    static FeatureDependencies documented() {
        return new FeatureDependencies(ARROWS);
    }

    /** Parses arrows written as in {@link #ARROWS}. */
    static FeatureDependencies of(List<String> arrows) {
        return new FeatureDependencies(arrows);
    }

    Set<String> features() {
        return new TreeSet<>(direct.keySet());
    }

    /** Every feature {@code feature} may use: its arrows' targets and, in turn, theirs. */
    Set<String> allowedFrom(String feature) {
        var allowed = new TreeSet<String>();
        var todo = new ArrayDeque<>(direct.getOrDefault(feature, Set.of()));
        while (!todo.isEmpty()) {
            var next = todo.pop();
            if (allowed.add(next)) {
                todo.addAll(direct.get(next));
            }
        }
        return allowed;
    }

    /** The direct arrows as "from → to" pairs, for comparing two descriptions. */
    Set<String> edges() {
        var edges = new TreeSet<String>();
        direct.forEach((from, targets) -> targets.forEach(to -> edges.add(from + " → " + to)));
        return edges;
    }

    private void node(String feature) {
        direct.computeIfAbsent(feature, key -> new LinkedHashSet<>());
    }
}
