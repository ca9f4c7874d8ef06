package dev.tagbench.extension;

import java.util.Map;
import java.util.stream.Collectors;

/** Plugin switches Tagbench does not read, found at start; see {@link PluginSwitches}. */
public class ObsoletePluginSwitchException extends IllegalStateException {

    private final Map<String, String> problems;

    ObsoletePluginSwitchException(Map<String, String> problems) {
        super(problems.entrySet().stream()
                .map(problem -> problem.getKey() + " is not read: " + problem.getValue())
                .collect(Collectors.joining("\n")));
        this.problems = Map.copyOf(problems);
    }

    /** Each refused property with what to write instead. */
    public Map<String, String> problems() {
        return problems;
    }
}
