package dev.tagbench.ingest;

import java.io.IOException;
import java.io.InputStream;

/** An uploaded file as an importer sees it: a name, a size and content that can be read again. */
public interface ImportSource {

    /** The file's name as uploaded, without any directory. */
    String fileName();

    /** The size in bytes; the pipeline has already refused files over its limit. */
    long size();

    /** Opens the content from the start; each call returns a new stream the caller closes. */
    InputStream open() throws IOException;
}
