package dev.tagbench.suggest;

import dev.tagbench.suggest.LabelSuggester.SentenceToLabel;
import dev.tagbench.suggest.LabelSuggester.Suggestion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calls suggesters on worker threads, all at once, and waits for them until a deadline: a suggester
 * that throws, hangs or is slow costs the caller at most {@code tagbench.suggest.timeout} and yields
 * no suggestions, with the reason, instead of blocking the page that asked. The pool is small and
 * its queue bounded because embedding is CPU work: more threads would only slow each other down.
 */
@Component
class SuggesterRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SuggesterRunner.class);

    /** One suggester's answer: its suggestions, or why there are none. */
    record Outcome(
            LabelSuggester suggester,
            List<Suggestion> suggestions,
            @Nullable String problem) {}

    /** One call to make. */
    record Call(LabelSuggester suggester, SuggestionContext context) {}

    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    SuggesterRunner(
            @Value("${tagbench.suggest.timeout:PT3S}") Duration timeout,
            @Value("${tagbench.suggest.threads:2}") int threads) {
        this.timeout = timeout;
        var counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), runnable -> {
                    var thread = new Thread(runnable, "suggester-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    Duration timeout() {
        return timeout;
    }

    List<Outcome> run(List<Call> calls, List<SentenceToLabel> sentences) {
        var futures = new ArrayList<@Nullable Future<List<Suggestion>>>();
        for (var call : calls) {
            try {
                futures.add(pool.submit(() -> call.suggester().suggest(call.context(), sentences)));
            } catch (RejectedExecutionException e) {
                futures.add(null);
            }
        }
        var started = System.nanoTime();
        var outcomes = new ArrayList<Outcome>();
        for (var i = 0; i < calls.size(); i++) {
            var suggester = calls.get(i).suggester();
            var limit = limit(suggester);
            var deadline = started + limit.toNanos();
            var future = futures.get(i);
            if (future == null) {
                outcomes.add(
                        new Outcome(suggester, List.of(), "Too many requests at once; suggestions were left out."));
                continue;
            }
            try {
                var left = Math.max(0, deadline - System.nanoTime());
                outcomes.add(new Outcome(suggester, future.get(left, TimeUnit.NANOSECONDS), null));
            } catch (TimeoutException e) {
                future.cancel(true);
                outcomes.add(new Outcome(
                        suggester,
                        List.of(),
                        "Took longer than " + limit.toMillis() + " ms; its suggestions were left out."));
            } catch (ExecutionException e) {
                log.warn("Suggester {} failed", suggester.id(), e.getCause());
                var cause = e.getCause();
                outcomes.add(new Outcome(
                        suggester,
                        List.of(),
                        "Failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add(new Outcome(suggester, List.of(), "Interrupted"));
            }
        }
        return outcomes;
    }

    /** The common time limit, or the suggester's own when it needs longer. */
    private Duration limit(LabelSuggester suggester) {
        var own = suggester.timeLimit();
        return own != null && own.compareTo(timeout) > 0 ? own : timeout;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
