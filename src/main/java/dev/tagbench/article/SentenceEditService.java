package dev.tagbench.article;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixes the splitter's mistakes: managers split a sentence in two or merge it with the next. The
 * article text never changes, only the offsets. Labels follow through events
 * ({@link SentenceSplit}, {@link SentencesMerged}) in the same transaction, and every edit is
 * recorded in {@code sentence_edit}.
 */
@Service
public class SentenceEditService {

    private final SentenceEditRepository edits;
    private final ArticleRepository articles;
    private final ProjectService projects;
    private final ApplicationEventPublisher events;
    private final ArticleWorkflow workflow;

    SentenceEditService(
            SentenceEditRepository edits,
            ArticleRepository articles,
            ProjectService projects,
            ApplicationEventPublisher events,
            ArticleWorkflow workflow) {
        this.workflow = workflow;
        this.edits = edits;
        this.articles = articles;
        this.projects = projects;
        this.events = events;
    }

    /**
     * Splits a sentence at an offset into the article text; both parts must keep some text.
     *
     * @return the id of the new sentence holding the second part
     */
    @Transactional
    public long split(AppUser actor, long sentenceId, int at) {
        requireManager(actor, sentenceId);
        var sentence = edits.lock(sentenceId).orElseThrow(() -> notFound(sentenceId));
        requireEditable(sentence.articleId());
        var article = articles.find(sentence.articleId()).orElseThrow();
        var text = article.text();
        if (at <= sentence.start() || at >= sentence.end()) {
            throw new InvalidInputException("at", "Split inside the sentence, so that both parts keep some text.");
        }
        if (Character.isLowSurrogate(text.charAt(at))) {
            throw new InvalidInputException("at", "Split between characters, not inside one.");
        }
        var first = trimmed(text, sentence.start(), at);
        var second = trimmed(text, at, sentence.end());
        var firstClean = CleanText.of(text, first[0], first[1], article.removals());
        var secondClean = CleanText.of(text, second[0], second[1], article.removals());
        if (firstClean.isEmpty() || secondClean.isEmpty()) {
            throw new InvalidInputException("at", "Split inside the sentence, so that both parts keep some text.");
        }
        edits.deferIndexUniqueness();
        edits.shiftIndexes(sentence.articleId(), sentence.index() + 1, 1);
        edits.reshape(sentence.id(), first[0], first[1], text.substring(first[0], first[1]), firstClean);
        var newId = edits.insert(
                sentence.articleId(),
                sentence.index() + 1,
                second[0],
                second[1],
                text.substring(second[0], second[1]),
                secondClean);
        edits.countSentences(sentence.articleId(), 1);
        edits.record(sentence.articleId(), "SPLIT", sentence.id(), newId, at, actor.id());
        events.publishEvent(
                new SentenceSplit(sentence.projectId(), sentence.articleId(), sentence.id(), newId, actor.id()));
        return newId;
    }

    /** Merges a sentence with the one after it; the merged sentence keeps the first one's id. */
    @Transactional
    public void mergeWithNext(AppUser actor, long sentenceId) {
        requireManager(actor, sentenceId);
        var sentence = edits.lock(sentenceId).orElseThrow(() -> notFound(sentenceId));
        requireEditable(sentence.articleId());
        var next = edits.next(sentence)
                .orElseThrow(() ->
                        new InvalidInputException("sentenceId", "The last sentence has no next one to merge with."));
        var article = articles.find(sentence.articleId()).orElseThrow();
        var text = article.text();
        var removedBetween = article.removals().stream()
                .anyMatch(region -> !CleanText.INVISIBLE.equals(region.kind())
                        && region.start() < next.start()
                        && region.end() > sentence.end());
        if (removedBetween) {
            throw new InvalidInputException(
                    "sentenceId",
                    "Removed text (a heading, caption or web debris) lies between these sentences; they stay apart.");
        }
        events.publishEvent(
                new SentencesMerged(sentence.projectId(), sentence.articleId(), sentence.id(), next.id(), actor.id()));
        edits.deferIndexUniqueness();
        edits.delete(next.id());
        edits.shiftIndexes(sentence.articleId(), next.index() + 1, -1);
        edits.reshape(
                sentence.id(),
                sentence.start(),
                next.end(),
                text.substring(sentence.start(), next.end()),
                CleanText.of(text, sentence.start(), next.end(), article.removals()));
        edits.countSentences(sentence.articleId(), -1);
        edits.record(sentence.articleId(), "MERGE", sentence.id(), next.id(), next.start(), actor.id());
    }

    /** Boundaries are fixed while curators work; once review starts the sentences are what is reviewed. */
    private void requireEditable(long articleId) {
        var state = workflow.lock(articleId).state();
        if (state == ArticleState.IN_REVIEW || state == ArticleState.APPROVED) {
            throw new ConflictException(
                    "The article is " + state.displayName() + "; its sentences can no longer be split or merged.");
        }
    }

    private void requireManager(AppUser actor, long sentenceId) {
        var ref = articles.sentenceRef(sentenceId).orElseThrow(() -> notFound(sentenceId));
        try {
            projects.requireRole(actor, ref.projectId(), ProjectRole.MANAGER);
        } catch (NotFoundException e) {
            throw notFound(sentenceId);
        }
    }

    private static int[] trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static NotFoundException notFound(long sentenceId) {
        return new NotFoundException("Sentence " + sentenceId + " does not exist.");
    }
}
