package dev.tagbench.base.ui;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link KeyboardList} as the browser draws it. Sent as compact JSON (one-letter
 * names, empty parts left out, labels as positions in the list's label legend), so an article of
 * thousands of sentences travels once and small.
 *
 * @param id      the sentence id: keys pressed on this row name it, so they apply to this sentence
 * @param number  the sentence's index in its article: the row's element id and, plus one, its number
 * @param text    shown as text, never as HTML
 * @param open    whether the row still needs a decision (the {@code n} key goes to the next one)
 * @param classes extra CSS classes of the row, such as {@code decided}
 * @param cells   label cells: the curator's labels, or each curator's and the final ones
 * @param ghosts  suggested labels, never counted as labels
 * @param notes   comments shown under the row
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ListRow(
        @JsonProperty("id") long id,
        @JsonProperty("i") int number,
        @JsonProperty("t") String text,

        @JsonProperty("o") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        boolean open,

        @JsonProperty("k") @Nullable String classes,
        @JsonProperty("c") List<Cell> cells,
        @JsonProperty("g") List<Ghost> ghosts,
        @JsonProperty("m") List<String> notes) {

    public ListRow {
        cells = List.copyOf(cells);
        ghosts = List.copyOf(ghosts);
        notes = List.copyOf(notes);
    }

    public ListRow withGhosts(List<Ghost> replaced) {
        return new ListRow(id, number, text, open, classes, cells, replaced, notes);
    }

    /**
     * A set of labels on the row.
     *
     * @param heading shown above the labels, such as "A · alice", or null for none
     * @param labels  positions in the legend; empty means "no label", null means not decided yet
     * @param empty   what an undecided cell shows, or null for nothing
     * @param isFinal whether this is the reviewer's final decision (drawn stronger)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(
            @JsonProperty("h") @Nullable String heading,
            @JsonProperty("l") @Nullable List<Integer> labels,
            @JsonProperty("e") @Nullable String empty,

            @JsonProperty("f") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
            boolean isFinal) {

        /** The curator's own labels, nothing shown while undecided. */
        public static Cell own(@Nullable List<Integer> labels) {
            return new Cell(null, labels, null, false);
        }
    }

    /** A suggested label: its position in the legend, its score and why, serialised as an array. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Ghost(int label, double score, String reason) {

        public Ghost {
            score = Math.round(score * 100) / 100.0;
        }
    }
}
