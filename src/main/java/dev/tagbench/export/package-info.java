/** Dataset export: exporters (an extension point), splits, dataset cards and snapshots. */
@NullMarked
package dev.tagbench.export;

import org.jspecify.annotations.NullMarked;
