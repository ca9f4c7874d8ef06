/** Built-in plugin: the JSON Lines importer, one article per line. */
@NullMarked
package dev.tagbench.plugins.jsonl;

import org.jspecify.annotations.NullMarked;
