/** The plugin machinery: the {@link dev.tagbench.extension.Extension} contract and the registry. */
@NullMarked
package dev.tagbench.extension;

import org.jspecify.annotations.NullMarked;
