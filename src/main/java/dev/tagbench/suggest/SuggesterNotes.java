package dev.tagbench.suggest;

/**
 * What a suggester reports about its own answers, shown with its status: parts of a model's answer
 * it had to leave out (not valid JSON, labels the project does not have). Handed to suggester plugins.
 */
public interface SuggesterNotes {

    /** Counts {@code count} left-out answers of the suggester in the project, and why the latest was. */
    void ignored(long projectId, String suggesterId, int count, String reason);
}
