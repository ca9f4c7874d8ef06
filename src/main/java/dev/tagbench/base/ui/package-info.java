/** View pieces several features share: keyboard focus of lists, counted nouns. */
@NullMarked
package dev.tagbench.base.ui;

import org.jspecify.annotations.NullMarked;
