/**
 * The import pipeline: importers read files, cleaners mark what is not content, a segmenter splits
 * the rest into sentences, and the result is stored as an article. All three are extension points.
 */
@NullMarked
package dev.tagbench.ingest;

import org.jspecify.annotations.NullMarked;
