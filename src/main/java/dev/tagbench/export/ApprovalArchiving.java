package dev.tagbench.export;

import dev.tagbench.article.ApprovalWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rows of an approval a manager withdraws, in the same transaction: exports made before the
 * correction can then still be downloaded as they were and compared with later ones.
 */
@Service
class ApprovalArchiving {

    private final SnapshotRows rows;

    ApprovalArchiving(SnapshotRows rows) {
        this.rows = rows;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void archive(ApprovalWithdrawn withdrawn) {
        rows.archive(withdrawn.articleId());
    }
}
