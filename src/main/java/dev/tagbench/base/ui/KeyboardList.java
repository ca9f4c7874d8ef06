package dev.tagbench.base.ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list of sentence rows drawn in the browser by Vaadin's {@code <vaadin-virtual-list>}, which puts
 * only the rows on screen into the page, and moved through from the keyboard. All rows are sent once
 * as compact JSON ({@link ListRow}); afterwards only changed rows travel. The browser owns the focus
 * (j/k, arrows, Home/End, {@code n} for the next open row; see {@code keyboard-list.js}), answers
 * moves without the server and tells the server where the focus went. Every other key is sent with
 * the id of the row it was pressed on, so a label key never lands on the wrong sentence however fast
 * one types. The workbench and the review view both use it.
 */
@Tag("vaadin-virtual-list")
@Uses(VirtualList.class)
public final class KeyboardList extends Component implements HasSize, HasStyle {

    private static final String SCRIPT = script();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The moving keys, answered in the browser: j/k and the arrows, Home and End, n. */
    public static final Map<String, String> MOVES = Map.of(
            "j", "next",
            "ArrowDown", "next",
            "k", "previous",
            "ArrowUp", "previous",
            "Home", "first",
            "End", "last",
            "n", "open");

    /** One label of the legend: its key, name, colour and the text colour readable on it. */
    public record Legend(
            @JsonProperty("k") String key,
            @JsonProperty("n") String name,
            @JsonProperty("c") String color,
            @JsonProperty("x") String text) {

        /** A legend entry with the text colour that reads well on {@code color}. */
        public static Legend of(String key, String name, String color) {
            return new Legend(key, name, color, ChipColors.textOn(color));
        }
    }

    /**
     * How the list looks and which keys go to the server.
     *
     * @param idPrefix prefix of each row's element id, followed by its sentence index
     * @param rowClass the CSS class of every row
     * @param columns  whether the cells stand side by side under headings (review)
     * @param ownCell  the cell the bar's buttons mirror; negative counts from the end (-1: the last)
     * @param keys     the keys sent to the server, as {@code event.key}, with {@code Ctrl+} in front
     *                 when Ctrl or Cmd is held
     */
    public record Settings(String idPrefix, String rowClass, boolean columns, int ownCell, List<String> keys) {}

    private record ClientSettings(
            String idPrefix,
            String rowClass,
            boolean columns,
            int ownCell,
            List<String> keys,
            Map<String, String> moves,
            String noneOpenKey) {}

    private record Data(List<Legend> labels, List<ListRow> rows, int focus) {}

    private final Settings settings;
    private final @Nullable Component bar;
    private final BiConsumer<String, Integer> onKey;
    private List<ListRow> rows = List.of();
    private Map<Long, Integer> positions = Map.of();
    private int focus = -1;

    /**
     * @param bar   buttons that mirror the focused row: those with {@code data-label} show whether
     *              its own cell has that label, and a click on one with {@code data-action} is sent
     *              like a key, for the focused row
     * @param onKey told of each key (or {@code data-action}) with the position of the row it was
     *              pressed on, or -1 when that row is no longer in the list
     */
    public KeyboardList(Settings settings, @Nullable Component bar, BiConsumer<String, Integer> onKey) {
        this.settings = settings;
        this.bar = bar;
        this.onKey = onKey;
        addClassName("keyboard-list");
        getElement().setAttribute("role", "listbox");
    }

    /** Shows these rows (all of them, once) with the focus on {@code focus}. */
    public void show(List<Legend> labels, List<ListRow> shown, int focus) {
        rows = new ArrayList<>(shown);
        var byId = new HashMap<Long, Integer>();
        for (var i = 0; i < rows.size(); i++) {
            byId.put(rows.get(i).id(), i);
        }
        positions = byId;
        this.focus = rows.isEmpty() ? -1 : Math.clamp(focus, 0, rows.size() - 1);
        var client = new ClientSettings(
                settings.idPrefix(),
                settings.rowClass(),
                settings.columns(),
                settings.ownCell(),
                settings.keys(),
                MOVES,
                "n");
        getElement()
                .executeJs(
                        SCRIPT,
                        JSON.valueToTree(client),
                        JSON.valueToTree(new Data(labels, rows, this.focus)),
                        bar == null ? null : bar.getElement());
    }

    /** Replaces rows that changed, by position. */
    public void update(Map<Integer, ListRow> changed) {
        if (changed.isEmpty()) {
            return;
        }
        var pairs = new ArrayList<List<Object>>();
        changed.forEach((position, row) -> {
            rows.set(position, row);
            pairs.add(List.of(position, row));
        });
        getElement().executeJs("this.__keyboardList.update($0)", JSON.valueToTree(pairs));
    }

    public void update(int position, ListRow row) {
        update(Map.of(position, row));
    }

    /** Builds every row again and sends those that changed, such as after suggestions arrived. */
    public void refresh(IntFunction<ListRow> rowAt) {
        var changed = new HashMap<Integer, ListRow>();
        for (var position = 0; position < rows.size(); position++) {
            var fresh = rowAt.apply(position);
            if (!fresh.equals(rows.get(position))) {
                changed.put(position, fresh);
            }
        }
        update(changed);
    }

    /** Moves the focus from the server, such as to the sentence an undo changed. */
    public void focus(int position) {
        if (rows.isEmpty()) {
            return;
        }
        focus = Math.clamp(position, 0, rows.size() - 1);
        getElement().executeJs("this.__keyboardList.focus($0, false)", focus);
    }

    /** The focused row as the server last heard of it, or -1 when the list is empty. */
    public int focusedIndex() {
        return focus;
    }

    public List<ListRow> rows() {
        return List.copyOf(rows);
    }

    public ListRow row(int position) {
        return rows.get(position);
    }

    public int size() {
        return rows.size();
    }

    /** The position of the row with this sentence id, or -1. */
    public int positionOf(long id) {
        return positions.getOrDefault(id, -1);
    }

    @ClientCallable
    void focused(long id) {
        var position = positionOf(id);
        if (position >= 0) {
            focus = position;
        }
    }

    @ClientCallable
    void act(String key, long id) {
        onKey.accept(Objects.requireNonNull(key), id < 0 ? -1 : positionOf(id));
    }

    private static String script() {
        try (var in = KeyboardList.class.getResourceAsStream("keyboard-list.js")) {
            return new String(Objects.requireNonNull(in, "keyboard-list.js").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
