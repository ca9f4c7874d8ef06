package dev.tagbench.annotation;

import dev.tagbench.article.SentenceSplit;
import dev.tagbench.article.SentencesMerged;
import dev.tagbench.project.Label;
import dev.tagbench.project.ProjectService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps curators' labels when a manager splits or merges sentences: both parts of a split keep the
 * labels the whole had, and a merged sentence carries the labels of either part. Runs inside the
 * edit's transaction; every change lands in the history as SPLIT or MERGE.
 */
@Service
class SentenceEditListener {

    private final AnnotationRepository annotations;
    private final HistoryRepository history;
    private final ProjectService projects;

    SentenceEditListener(AnnotationRepository annotations, HistoryRepository history, ProjectService projects) {
        this.annotations = annotations;
        this.history = history;
        this.projects = projects;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onSplit(SentenceSplit split) {
        for (var decision : annotations.lockAll(split.sentenceId())) {
            var labels = decision.decision().labels();
            annotations.insertIfAbsent(split.newSentenceId(), decision.userId(), labels);
            history.appendHistory(
                    split.newSentenceId(), decision.userId(), split.editorId(), null, labels, ChangeSource.SPLIT);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onMerge(SentencesMerged merged) {
        var order =
                projects.labelsOf(merged.projectId()).stream().map(Label::key).toList();
        var kept = new HashMap<Long, List<String>>();
        annotations
                .lockAll(merged.keptId())
                .forEach(d -> kept.put(d.userId(), d.decision().labels()));
        for (var removed : annotations.lockAll(merged.removedId())) {
            var user = removed.userId();
            var before = kept.get(user);
            var union = new HashSet<String>(removed.decision().labels());
            if (before != null) {
                union.addAll(before);
            }
            var after = order.stream().filter(union::contains).toList();
            if (before == null) {
                annotations.insertIfAbsent(merged.keptId(), user, after);
            } else if (!before.equals(after)) {
                annotations.update(merged.keptId(), user, after);
            }
            if (!after.equals(before)) {
                history.appendHistory(merged.keptId(), user, merged.editorId(), before, after, ChangeSource.MERGE);
            }
            history.appendHistory(
                    merged.removedId(),
                    user,
                    merged.editorId(),
                    removed.decision().labels(),
                    null,
                    ChangeSource.MERGE);
        }
    }
}
