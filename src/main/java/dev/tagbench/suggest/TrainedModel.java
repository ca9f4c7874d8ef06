package dev.tagbench.suggest;

import java.util.Set;

/**
 * What a trainable suggester learned for one project. Tagbench stores its bytes in the database and
 * keeps the model in memory while it is used, so it should stay small (a few MB at most).
 */
public interface TrainedModel {

    /** The model as bytes, read back by the suggester's {@link LabelSuggester#readModel}. */
    byte[] toBytes();

    /** The labels the model learned to suggest; labels with too few examples are left out. */
    Set<String> labels();
}
