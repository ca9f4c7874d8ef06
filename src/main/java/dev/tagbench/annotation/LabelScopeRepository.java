package dev.tagbench.annotation;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The article sets a {@link LabelScope} is made of. */
@Repository
class LabelScopeRepository {

    private final JdbcClient jdbc;

    LabelScopeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's articles the viewer holds or held a slot on, or labelled. */
    Set<Long> held(long projectId, long viewerId) {
        return new HashSet<>(jdbc.sql("""
                        select g.article_id from assignment g join article a on a.id = g.article_id
                        where g.user_id = :viewer and a.project_id = :project
                        union
                        select s.article_id from annotation n join sentence s on s.id = n.sentence_id
                        join article a on a.id = s.article_id where n.user_id = :viewer and a.project_id = :project""")
                .param("project", projectId)
                .param("viewer", viewerId)
                .query(Long.class)
                .list());
    }

    /** The project's articles on which the viewer's own part can still change. */
    Set<Long> ownPartOpen(long projectId, long viewerId) {
        return new HashSet<>(jdbc.sql(AnnotationRepository.HIDDEN_FROM_VIEWER)
                .param("project", projectId)
                .param("viewer", viewerId)
                .query(Long.class)
                .list());
    }
}
