/** Review: curators' labels side by side, final labels, comments, approval and rejection. */
@NullMarked
package dev.tagbench.review;

import org.jspecify.annotations.NullMarked;
