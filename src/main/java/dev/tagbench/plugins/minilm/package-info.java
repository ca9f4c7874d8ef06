/**
 * The built-in learning suggester: MiniLM sentence embeddings in the JVM and a calibrated logistic
 * regression per label, trained on a project's approved sentences.
 */
@NullMarked
package dev.tagbench.plugins.minilm;

import org.jspecify.annotations.NullMarked;
