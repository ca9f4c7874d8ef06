/** The managers' settings page for suggestions: suggesters, threshold, visibility, rules, training and quality. */
@NullMarked
package dev.tagbench.suggest.ui;

import org.jspecify.annotations.NullMarked;
