/** Tests of the llm suggester's parts. */
@NullMarked
package dev.tagbench.plugins.llm;

import org.jspecify.annotations.NullMarked;
