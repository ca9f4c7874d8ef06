package dev.tagbench.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.QueryParameters;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.article.ArticleSort;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@TagbenchViewTest
@WithUserDetails("curator1")
class WorklistViewIT extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    AnnotationService annotations;

    @Test
    @SuppressWarnings("unchecked")
    void lists_the_projects_articles_with_the_curators_progress_and_opens_one_on_click() {
        var curator = data.account("curator1");
        var project = data.project();
        data.member(project, curator, ProjectRole.ANNOTATOR);
        var older = data.article(project);
        var newer = data.article(project);
        annotations.setLabels(curator, data.sentenceIds(newer).getFirst(), List.of("pledge"), 0, ChangeSource.UI);

        UI.getCurrent().navigate(WorklistView.class, QueryParameters.of("project", String.valueOf(project.id())));
        Grid<WorklistView.Row> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        var rows = List.of(test(grid).getRow(0), test(grid).getRow(1));
        assertThat(rows).extracting(row -> row.article().id()).containsExactlyInAnyOrder(older, newer);
        var tagged = rows.stream()
                .filter(row -> row.article().id() == newer)
                .findFirst()
                .orElseThrow();
        assertThat(tagged.done()).isEqualTo(1);
        assertThat(tagged.article().sentences()).isEqualTo(4);

        test(grid).clickRow(rows.indexOf(tagged));
        assertThat(getCurrentView()).isInstanceOf(AnnotateView.class);
    }

    @Test
    void grid_sort_orders_map_to_database_orders() {
        assertThat(WorklistView.sort(List.of())).isEqualTo(ArticleSort.NEWEST);
        assertThat(WorklistView.sort(QuerySortOrder.asc("title").build())).isEqualTo(ArticleSort.TITLE);
        assertThat(WorklistView.sort(QuerySortOrder.desc("title").build())).isEqualTo(ArticleSort.TITLE_DESC);
        assertThat(WorklistView.sort(QuerySortOrder.asc("date").build())).isEqualTo(ArticleSort.OLDEST);
        assertThat(WorklistView.sort(QuerySortOrder.desc("sentences").build())).isEqualTo(ArticleSort.LONGEST);
    }
}
