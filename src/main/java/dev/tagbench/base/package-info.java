/** Shared bits every feature uses: the embedded database, error types and the problem-details mapping. */
@NullMarked
package dev.tagbench.base;

import org.jspecify.annotations.NullMarked;
