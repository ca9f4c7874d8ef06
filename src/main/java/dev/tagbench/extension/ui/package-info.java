/** The administrators' Plugins view. */
@NullMarked
package dev.tagbench.extension.ui;

import org.jspecify.annotations.NullMarked;
