/** The reviewers' queue and side-by-side review of an article. */
@NullMarked
package dev.tagbench.review.ui;

import org.jspecify.annotations.NullMarked;
