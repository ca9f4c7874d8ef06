package dev.tagbench.ingest;

/** Receives what an importer reads from a file, one article or one problem at a time. */
public interface ImportSink {

    /** An article read from the file. */
    void article(ImportedArticle article);

    /**
     * A part of the file that could not be read, while the rest can (a malformed line of a JSONL
     * file, say).
     *
     * @param where   where in the file, for people ("line 17")
     * @param message what is wrong, for people
     */
    void problem(String where, String message);

    /**
     * Something about the whole file the person importing should check, while its articles are
     * imported all the same: an encoding that had to be assumed, say. {@link TextDecoder#decode(byte[],
     * ImportSink)} reports its assumptions here. The import report lists each warning once per file.
     *
     * @param message what to check, for people
     */
    default void warning(String message) {}
}
