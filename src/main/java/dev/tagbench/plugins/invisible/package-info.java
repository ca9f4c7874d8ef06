/** Built-in plugin: the cleaner for invisible characters. */
@NullMarked
package dev.tagbench.plugins.invisible;

import org.jspecify.annotations.NullMarked;
