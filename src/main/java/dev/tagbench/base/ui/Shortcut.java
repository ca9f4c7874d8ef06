package dev.tagbench.base.ui;

/**
 * One keyboard shortcut as the {@code ?} help lists it.
 *
 * @param keys   the keys as a person reads them, such as {@code Shift+S} or {@code j / ↓}
 * @param action what they do
 */
public record Shortcut(String keys, String action) {}
