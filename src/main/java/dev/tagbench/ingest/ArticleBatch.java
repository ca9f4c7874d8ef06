package dev.tagbench.ingest;

import dev.tagbench.article.ArticleService;
import dev.tagbench.article.NewArticle;
import dev.tagbench.article.RemovedRegion;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.Project;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Collects prepared articles of one file and stores them a batch at a time, one transaction per
 * batch, which is what makes large imports fast. While one batch is written (on a virtual thread),
 * the next is read and prepared; at most one batch is in flight, so memory stays bounded. If a
 * batch cannot be stored, its articles are stored one by one so that a single bad article is
 * reported and the others still land.
 */
final class ArticleBatch {

    private static final Logger log = LoggerFactory.getLogger(ArticleBatch.class);
    static final int MAX_ARTICLES = 200;
    static final long MAX_CHARACTERS = 4_000_000;
    private static final Executor WRITER = Executors.newVirtualThreadPerTaskExecutor();

    private final ArticleService articles;
    private final AppUser actor;
    private final Project project;
    private final String fileName;
    private final String importerId;
    private final TransactionOperations transactions;
    private final StoredHook afterStore;
    private final List<PreparedArticle> pending = new ArrayList<>();
    private final List<String> pendingNames = new ArrayList<>();
    private long pendingCharacters;

    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);

    final List<ImportReport.Imported> imported = Collections.synchronizedList(new ArrayList<>());
    final List<ImportReport.Duplicate> duplicates = Collections.synchronizedList(new ArrayList<>());
    final ImportProblems problems = new ImportProblems();
    /** Warnings about the whole file, each once, in the order they came. */
    final Set<String> warnings = new LinkedHashSet<>();

    /** Runs inside a batch's transaction once its articles are stored, to store what belongs to them. */
    interface StoredHook {
        void stored(List<PreparedArticle> prepared, List<Optional<Long>> ids);
    }

    ArticleBatch(
            ArticleService articles,
            AppUser actor,
            Project project,
            String fileName,
            String importerId,
            TransactionOperations transactions,
            StoredHook afterStore) {
        this.transactions = transactions;
        this.afterStore = afterStore;
        this.articles = articles;
        this.actor = actor;
        this.project = project;
        this.fileName = fileName;
        this.importerId = importerId;
    }

    /** Queues an article; {@code where} names it in problem reports ("article 3"). */
    void add(PreparedArticle article, String where) {
        pending.add(article);
        pendingNames.add(where);
        pendingCharacters += article.imported().text().length();
        if (pending.size() >= MAX_ARTICLES || pendingCharacters >= MAX_CHARACTERS) {
            flush();
        }
    }

    /** Hands the pending articles to the writer once the previous batch is stored. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        var prepared = List.copyOf(pending);
        var names = List.copyOf(pendingNames);
        pending.clear();
        pendingNames.clear();
        pendingCharacters = 0;
        await();
        inFlight = CompletableFuture.runAsync(() -> store(prepared, names), WRITER);
    }

    /** Stores what is pending and waits until everything is stored. */
    void finish() {
        flush();
        await();
    }

    private void await() {
        try {
            inFlight.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void store(List<PreparedArticle> prepared, List<String> names) {
        var batch = prepared.stream().map(this::toNewArticle).toList();
        try {
            record(prepared, storeAll(prepared, batch));
        } catch (DataAccessException | InvalidInputException e) {
            log.warn(
                    "Storing a batch of {} articles from {} failed; storing them one by one",
                    batch.size(),
                    fileName,
                    e);
            for (var i = 0; i < batch.size(); i++) {
                try {
                    record(List.of(prepared.get(i)), storeAll(List.of(prepared.get(i)), List.of(batch.get(i))));
                } catch (DataAccessException | InvalidInputException single) {
                    problems.add(names.get(i), "could not be stored; nothing of it was kept");
                }
            }
        }
    }

    private List<Optional<Long>> storeAll(List<PreparedArticle> prepared, List<NewArticle> batch) {
        return transactions.execute(status -> {
            var ids = articles.createAll(actor, project.id(), batch);
            afterStore.stored(prepared, ids);
            return ids;
        });
    }

    private void record(List<PreparedArticle> prepared, List<Optional<Long>> ids) {
        for (var i = 0; i < prepared.size(); i++) {
            var article = prepared.get(i);
            var id = ids.get(i);
            if (id.isPresent()) {
                imported.add(new ImportReport.Imported(
                        id.get(), article.title(), article.sentences().size()));
            } else {
                articles.findByContentHash(actor, project.id(), article.contentHash())
                        .ifPresent(existing -> duplicates.add(new ImportReport.Duplicate(existing, article.title())));
            }
        }
    }

    private NewArticle toNewArticle(PreparedArticle prepared) {
        var article = prepared.imported();
        var removals = prepared.removals().stream()
                .map(r -> new RemovedRegion(
                        r.removal().span().start(),
                        r.removal().span().end(),
                        r.removal().kind().name(),
                        r.removal().reason(),
                        r.source()))
                .toList();
        var sentences =
                new ArrayList<NewArticle.SentenceSpan>(prepared.sentences().size());
        for (var i = 0; i < prepared.sentences().size(); i++) {
            var span = prepared.sentences().get(i);
            sentences.add(new NewArticle.SentenceSpan(
                    span.start(), span.end(), prepared.cleanTexts().get(i)));
        }
        // Longer values than the columns hold would make the whole batch fail; cut them instead.
        var url = article.url() != null && article.url().length() <= 2000 ? article.url() : null;
        return new NewArticle(
                project.id(),
                prepared.title(),
                article.publishedOn(),
                cut(article.source(), 500),
                url,
                cut(fileName, 500),
                article.text(),
                prepared.contentHash(),
                importerId,
                project.segmenterId(),
                removals,
                article.metadata(),
                sentences);
    }

    private static @org.jspecify.annotations.Nullable String cut(
            @org.jspecify.annotations.Nullable String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
