package dev.tagbench.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.article.ArticleService;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TagbenchIntegrationTest
class AnnotationServiceIT {

    @Autowired
    AnnotationService annotations;

    @Autowired
    ArticleService articles;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    Project project;
    AppUser curator;
    long articleId;
    long sentenceId;

    @BeforeEach
    void setUp() {
        project = data.project();
        curator = data.user("curator");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        articleId = data.article(project);
        sentenceId = articles.get(curator, articleId).sentences().getFirst().id();
    }

    @Test
    void labels_are_stored_in_schema_order_with_a_history_row() {
        var saved = annotations.setLabels(
                curator, sentenceId, List.of("troop_claim", "pledge", "pledge"), 0, ChangeSource.API);
        assertThat(saved).isEqualTo(new SentenceLabels(sentenceId, List.of("pledge", "troop_claim"), 1));
        assertThat(annotations.labelsOf(curator, articleId)).containsExactly(saved);
        assertThat(history()).containsExactly("null -> {pledge,troop_claim} by API");
    }

    @Test
    void repeating_a_write_changes_nothing_and_adds_no_history() {
        annotations.setLabels(curator, sentenceId, List.of("pledge"), null, ChangeSource.API);
        var again = annotations.setLabels(curator, sentenceId, List.of("pledge"), null, ChangeSource.API);
        assertThat(again.version()).isEqualTo(1);
        assertThat(history()).hasSize(1);
    }

    @Test
    void an_empty_list_is_an_explicit_decision_of_no_label() {
        var saved = annotations.setLabels(curator, sentenceId, List.of(), 0, ChangeSource.UI);
        assertThat(saved.decided()).isTrue();
        assertThat(saved.labels()).isEmpty();
        assertThat(annotations.decidedCounts(curator, List.of(articleId))).containsEntry(articleId, 1);
    }

    @Test
    void a_stale_write_is_refused_and_what_is_stored_stays() {
        annotations.setLabels(curator, sentenceId, List.of("pledge"), 0, ChangeSource.UI);
        annotations.setLabels(curator, sentenceId, List.of("attack_report"), 1, ChangeSource.UI);
        assertThatThrownBy(() -> annotations.setLabels(curator, sentenceId, List.of("troop_claim"), 1, ChangeSource.UI))
                .isInstanceOfSatisfying(
                        StaleLabelsException.class,
                        stale -> assertThat(stale.current())
                                .isEqualTo(new SentenceLabels(sentenceId, List.of("attack_report"), 2)));
        assertThat(annotations.labelsOf(curator, articleId).getFirst().labels()).containsExactly("attack_report");
        assertThat(history()).hasSize(2);
    }

    @Test
    void two_tabs_writing_the_first_decision_at_once_end_with_one_winner_and_one_refusal() throws Exception {
        var results = race(
                2,
                i -> () -> annotations.setLabels(
                        curator, sentenceId, List.of(i == 0 ? "pledge" : "troop_claim"), 0, ChangeSource.UI));
        assertThat(results).filteredOn(r -> r instanceof SentenceLabels).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof StaleLabelsException).hasSize(1);
        var stored = annotations.labelsOf(curator, articleId).getFirst();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(results).contains(stored);
        assertThat(history()).hasSize(1);
    }

    @Test
    void concurrent_unversioned_writes_are_serialised_and_each_change_is_in_the_history() throws Exception {
        var keys = List.of("pledge", "attack_report", "troop_claim");
        var results = race(
                12,
                i -> () ->
                        annotations.setLabels(curator, sentenceId, List.of(keys.get(i % 3)), null, ChangeSource.API));
        assertThat(results).allMatch(r -> r instanceof SentenceLabels);
        var stored = annotations.labelsOf(curator, articleId).getFirst();
        var changes = history();
        assertThat(changes).hasSize(stored.version());
        assertThat(changes.getLast()).contains("-> {" + stored.labels().getFirst() + "}");
    }

    @Test
    void curators_see_only_their_own_labels() {
        var other = data.user("curator");
        data.member(project, other, ProjectRole.ANNOTATOR);
        annotations.setLabels(curator, sentenceId, List.of("pledge"), 0, ChangeSource.UI);
        assertThat(annotations.labelsOf(other, articleId)).isEmpty();
        annotations.setLabels(other, sentenceId, List.of("troop_claim"), 0, ChangeSource.UI);
        assertThat(annotations.labelsOf(curator, articleId).getFirst().labels()).containsExactly("pledge");
    }

    @Test
    void outsiders_get_not_found_and_members_without_the_curator_role_get_forbidden() {
        var outsider = data.user("outsider");
        assertThatThrownBy(() -> annotations.setLabels(outsider, sentenceId, List.of("pledge"), null, ChangeSource.API))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> annotations.labelsOf(outsider, articleId)).isInstanceOf(NotFoundException.class);
        var reviewer = data.user("reviewer");
        data.member(project, reviewer, ProjectRole.REVIEWER);
        assertThatThrownBy(() -> annotations.setLabels(reviewer, sentenceId, List.of("pledge"), null, ChangeSource.API))
                .isInstanceOf(ForbiddenException.class);
        assertThat(history()).isEmpty();
    }

    @Test
    void unknown_label_keys_are_refused_naming_the_valid_ones() {
        assertThatThrownBy(() ->
                        annotations.setLabels(curator, sentenceId, List.of("pledge", "rumour"), null, ChangeSource.API))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Unknown label 'rumour'")
                .hasMessageContaining("attack_report");
        assertThat(annotations.labelsOf(curator, articleId)).isEmpty();
    }

    @Test
    void withdrawing_a_first_decision_makes_the_sentence_undecided_again_and_is_recorded() {
        var saved = annotations.setLabels(curator, sentenceId, List.of("pledge"), 0, ChangeSource.UI);
        assertThat(annotations.withdraw(curator, sentenceId, saved.version()).decided())
                .isFalse();
        assertThat(annotations.labelsOf(curator, articleId)).isEmpty();
        assertThat(history()).containsExactly("null -> {pledge} by UI", "{pledge} -> null by UNDO");
    }

    @Test
    void a_decision_taken_back_and_made_again_never_reuses_a_version() {
        var first = annotations.setLabels(curator, sentenceId, List.of("pledge"), 0, ChangeSource.UI);
        annotations.withdraw(curator, sentenceId, first.version());
        var again = annotations.setLabels(curator, sentenceId, List.of("troop_claim"), 0, ChangeSource.UI);
        assertThat(again.version()).isGreaterThan(first.version());
        assertThatThrownBy(
                        () -> annotations.setLabels(curator, sentenceId, List.of(), first.version(), ChangeSource.API))
                .isInstanceOf(StaleLabelsException.class);
    }

    @Test
    void the_history_table_refuses_updates_and_deletes() {
        annotations.setLabels(curator, sentenceId, List.of("pledge"), 0, ChangeSource.UI);
        assertThatThrownBy(() -> jdbc.sql("update annotation_history set source = 'API' where sentence_id = :s")
                        .param("s", sentenceId)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from annotation_history where sentence_id = :s")
                        .param("s", sentenceId)
                        .update())
                .hasMessageContaining("append-only");
        assertThat(history()).hasSize(1);
    }

    private List<String> history() {
        return jdbc.sql("""
                        select coalesce(labels_before::text, 'null') || ' -> ' || coalesce(labels_after::text, 'null')
                               || ' by ' || source
                        from annotation_history where sentence_id = :s and user_id = :u order by id""")
                .param("s", sentenceId)
                .param("u", curator.id())
                .query(String.class)
                .list();
    }

    interface Task {
        Callable<Object> of(int index);
    }

    /** Starts the tasks together and returns each one's result or exception. */
    private static List<Object> race(int count, Task task) throws Exception {
        try (var pool = Executors.newFixedThreadPool(count)) {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Object>>();
            for (var i = 0; i < count; i++) {
                var callable = task.of(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return callable.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            var results = new ArrayList<Object>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
