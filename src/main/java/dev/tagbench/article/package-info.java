/** Articles and their sentences: the original text and sentence offsets into it. */
@NullMarked
package dev.tagbench.article;

import org.jspecify.annotations.NullMarked;
