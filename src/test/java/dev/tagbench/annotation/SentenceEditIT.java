package dev.tagbench.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.article.ArticleService;
import dev.tagbench.article.Sentence;
import dev.tagbench.article.SentenceEditService;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Managers fix sentence boundaries; curators' labels follow and everything is in the history. */
@TagbenchIntegrationTest
class SentenceEditIT {

    @Autowired
    SentenceEditService edits;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ArticleService articles;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    Project project;
    AppUser manager;
    AppUser curator;
    long articleId;

    @BeforeEach
    void setUp() {
        project = data.project();
        manager = data.user("manager");
        curator = data.user("curator");
        data.member(project, manager, ProjectRole.MANAGER);
        data.member(project, curator, ProjectRole.ANNOTATOR);
        articleId = data.article(
                project,
                "Edit test article here\n\n"
                        + "The minister pledged aid and troops crossed the river at dawn. A drone hit the port.\n");
    }

    @Test
    void a_split_keeps_the_curators_labels_on_both_parts_and_shifts_the_rest() {
        var before = sentences();
        assertThat(before)
                .extracting(Sentence::text)
                .containsExactly(
                        "The minister pledged aid and troops crossed the river at dawn.", "A drone hit the port.");
        annotations.setLabels(curator, before.get(0).id(), List.of("pledge", "troop_claim"), 0, ChangeSource.UI);
        var at = before.get(0).start() + before.get(0).text().indexOf("and troops");

        var newId = edits.split(manager, before.get(0).id(), at);

        var after = sentences();
        assertThat(after)
                .extracting(Sentence::text)
                .containsExactly(
                        "The minister pledged aid", "and troops crossed the river at dawn.", "A drone hit the port.");
        assertThat(after).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(after.get(1).id()).isEqualTo(newId);
        var text = articles.get(manager, articleId).text();
        after.forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(annotations.labelsOf(curator, articleId))
                .extracting(SentenceLabels::labels)
                .containsExactly(List.of("pledge", "troop_claim"), List.of("pledge", "troop_claim"));
        assertThat(history(newId)).containsExactly("null -> {pledge,troop_claim} by SPLIT");
        assertThat(jdbc.sql("select sentence_count from article where id = :a")
                        .param("a", articleId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select kind from sentence_edit where article_id = :a")
                        .param("a", articleId)
                        .query(String.class)
                        .list())
                .containsExactly("SPLIT");
    }

    @Test
    void a_merge_carries_the_labels_of_either_part_and_keeps_the_history_of_both() {
        var before = sentences();
        annotations.setLabels(curator, before.get(0).id(), List.of("troop_claim"), 0, ChangeSource.UI);
        annotations.setLabels(curator, before.get(1).id(), List.of("attack_report"), 0, ChangeSource.UI);

        edits.mergeWithNext(manager, before.get(0).id());

        var after = sentences();
        assertThat(after).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(before.get(0).id());
            assertThat(s.text())
                    .isEqualTo("The minister pledged aid and troops crossed the river at dawn. A drone hit the port.");
            assertThat(s.cleanText()).isEqualTo(s.text());
        });
        assertThat(annotations.labelsOf(curator, articleId))
                .singleElement()
                .satisfies(d -> assertThat(d.labels()).containsExactly("attack_report", "troop_claim"));
        assertThat(history(before.get(0).id())).endsWith("{troop_claim} -> {attack_report,troop_claim} by MERGE");
        assertThat(history(before.get(1).id())).endsWith("{attack_report} -> null by MERGE");
    }

    @Test
    void bad_edits_are_refused_and_change_nothing() {
        var before = sentences();
        var first = before.get(0);
        assertThatThrownBy(() -> edits.split(manager, first.id(), first.start()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> edits.split(manager, first.id(), first.end() + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> edits.mergeWithNext(manager, before.get(1).id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("last sentence");
        assertThatThrownBy(() -> edits.split(curator, first.id(), first.start() + 4))
                .isInstanceOf(ForbiddenException.class);
        assertThat(sentences()).isEqualTo(before);
    }

    private List<Sentence> sentences() {
        return articles.get(manager, articleId).sentences();
    }

    private List<String> history(long sentenceId) {
        return jdbc.sql("""
                        select coalesce(labels_before::text, 'null') || ' -> ' || coalesce(labels_after::text, 'null')
                               || ' by ' || source
                        from annotation_history where sentence_id = :s and user_id = :u order by id""")
                .param("s", sentenceId)
                .param("u", curator.id())
                .query(String.class)
                .list();
    }
}
