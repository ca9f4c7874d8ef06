package dev.tagbench.ingest;

/** A file or article that cannot be imported, with a reason meant for the person importing. */
public class ImportRejectedException extends RuntimeException {

    public ImportRejectedException(String message) {
        super(message);
    }
}
