package dev.tagbench.export;

/** A dataset export was recorded as a snapshot; published inside the transaction that records it. */
public record ExportCreated(
        long snapshotId,
        long projectId,
        String format,
        String split,
        long seed,
        long sentences,
        int articles,
        String sha256,
        String createdBy) {}
