package dev.tagbench.project;

import dev.tagbench.base.ConflictException;
import java.util.Map;

/** Someone else saved the project's scheme since the caller read it; nothing was changed (409). */
public class SchemaChangedException extends ConflictException {

    SchemaChangedException(int expected, int current) {
        super(
                "The label schema or guidelines changed since you read them (version " + expected + ", now " + current
                        + "). Nothing was saved; load the project again and redo your change.",
                Map.of("schemaVersion", current));
    }
}
