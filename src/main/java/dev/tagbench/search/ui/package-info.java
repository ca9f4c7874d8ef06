/** The Search view and the managers' activity feed. */
@NullMarked
package dev.tagbench.search.ui;

import org.jspecify.annotations.NullMarked;
