package dev.tagbench.project;

import org.jspecify.annotations.Nullable;

/**
 * One label of a project's schema.
 *
 * @param key         stable identifier stored with annotations and exported, e.g. {@code attack_report}
 * @param name        shown to people, e.g. "Attack report"
 * @param color       CSS hex colour of its chip, e.g. {@code #d9480f}
 * @param hotkey      the digit that toggles it in the workbench, if any
 * @param description one line telling curators when the label applies
 */
public record Label(
        String key, String name, String color, @Nullable String hotkey, String description) {}
