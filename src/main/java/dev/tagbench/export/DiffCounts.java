package dev.tagbench.export;

/** How many rows two exports differ by: {@code from} is the earlier export, {@code to} the later. */
public record DiffCounts(long from, long to, long added, long removed, long changed) {

    public long total() {
        return added + removed + changed;
    }
}
