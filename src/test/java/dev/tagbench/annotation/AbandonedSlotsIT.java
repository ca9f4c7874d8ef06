package dev.tagbench.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Slots left idle for too long go back to the pool; submitted ones and everyone's labels stay. */
@TagbenchIntegrationTest
class AbandonedSlotsIT {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AbandonedSlots abandonedSlots;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AnnotationService annotations;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void slots_idle_for_too_long_go_back_to_the_pool_and_their_labels_stay() {
        var project = data.project();
        var idle = data.user("idle");
        var done = data.user("done");
        data.member(project, idle, ProjectRole.ANNOTATOR);
        data.member(project, done, ProjectRole.ANNOTATOR);
        var articleId = data.article(project, "Japan pledged new aid on Monday.\n");
        var sentence = data.sentenceIds(articleId).getFirst();
        annotations.setLabels(idle, sentence, List.of("pledge"), null, ChangeSource.UI);
        annotations.setLabels(done, sentence, List.of(), null, ChangeSource.UI);
        assignments.submit(done, articleId);
        jdbc.sql("update assignment set last_activity_at = now() - interval '30 days' where article_id = :a")
                .param("a", articleId)
                .update();

        // The job's run provides the transaction the release needs.
        Integer released = new TransactionTemplate(transactions).execute(status -> abandonedSlots.release());
        assertThat(released).isPositive();

        assertThat(assignments.statusOf(idle, articleId)).isEmpty();
        assertThat(assignments.statusOf(done, articleId)).contains(AssignmentStatus.SUBMITTED);
        assertThat(annotations.labelsOf(idle, articleId))
                .singleElement()
                .satisfies(labels -> assertThat(labels.labels()).containsExactly("pledge"));
    }
}
