package dev.tagbench.suggest;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads approved examples through the training read model, in one read-only transaction. */
@Component
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
