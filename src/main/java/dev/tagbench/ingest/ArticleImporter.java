package dev.tagbench.ingest;

import dev.tagbench.extension.Extension;
import java.io.IOException;

/**
 * Reads articles from an uploaded file of one format. The import pipeline asks each enabled
 * importer, in registry order, whether it {@link #accepts} a file and lets the first that does read
 * it; cleaning and sentence splitting happen afterwards, for every format alike.
 */
public interface ArticleImporter extends Extension {

    /**
     * Whether this importer reads the file, judged from its name and first bytes only.
     *
     * @param fileName the file's name as uploaded, without any directory
     * @param head     up to the first 4 KiB of the file
     */
    boolean accepts(String fileName, byte[] head);

    /**
     * Reads the file and hands each article to {@code sink} as soon as it is read, so large files
     * never sit in memory as a whole.
     *
     * @throws ImportRejectedException when the file as a whole cannot be read; its message is shown to
     *                                 the person importing, so say what is wrong in their words
     *                                 ("not UTF-8 text: byte 0xFF at offset 12"). Thrown before the
     *                                 first article is handed on, nothing of the file is stored;
     *                                 articles handed on before it are kept, and the report says
     *                                 after which article reading stopped and why
     * @throws IOException             when reading the upload fails
     */
    void read(ImportSource source, ImportSink sink) throws IOException;
}
