/** The managers' dataset export view: downloads, earlier exports and the diff of two of them. */
@NullMarked
package dev.tagbench.export.ui;

import org.jspecify.annotations.NullMarked;
