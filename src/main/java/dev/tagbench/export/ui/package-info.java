/** The managers' dataset export view. */
@NullMarked
package dev.tagbench.export.ui;

import org.jspecify.annotations.NullMarked;
