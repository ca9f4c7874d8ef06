/**
 * Finding sentences across a project: full text, filters, sentences that mean the same, and a
 * manager's search turned into label suggestions.
 */
@NullMarked
package dev.tagbench.search;

import org.jspecify.annotations.NullMarked;
