/** Built-in plugin: the plain-text importer. */
@NullMarked
package dev.tagbench.plugins.text;

import org.jspecify.annotations.NullMarked;
