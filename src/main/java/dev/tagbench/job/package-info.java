/**
 * Scheduled jobs when several nodes share one database: each job runs on one node at a time and
 * once per interval across all of them (ShedLock, a lock row in PostgreSQL), every run is
 * recorded with the node that ran it, and each node has an id for that record.
 */
@NullMarked
package dev.tagbench.job;

import org.jspecify.annotations.NullMarked;
