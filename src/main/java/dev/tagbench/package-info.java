/** Tagbench: a workbench for labelling the sentences of news articles. One package per feature; see docs/architecture.md. */
@NullMarked
package dev.tagbench;

import org.jspecify.annotations.NullMarked;
