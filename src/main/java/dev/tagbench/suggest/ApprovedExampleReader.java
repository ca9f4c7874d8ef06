package dev.tagbench.suggest;

import java.util.List;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The training read model as {@link ApprovedExamples}, read in one read-only transaction; acts for no user (the suggestion service checked the caller). */
@Repository
class ApprovedExampleReader implements ApprovedExamples {

    private final TrainingData data;

    ApprovedExampleReader(TrainingData data) {
        this.data = data;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabelledSentence> of(long projectId) {
        return data.approved(projectId);
    }
}
