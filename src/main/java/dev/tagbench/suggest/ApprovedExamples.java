package dev.tagbench.suggest;

import java.util.List;

/**
 * A project's approved sentences with their final labels, for suggesters that show a model
 * examples instead of training one. Never a curator's unreviewed labels.
 */
public interface ApprovedExamples {

    /** The approved sentences of the project, in article and sentence order. */
    List<LabelledSentence> of(long projectId);
}
