/** Built-in plugin: the CSV and TSV table importer, one article per row. */
@NullMarked
package dev.tagbench.plugins.csv;

import org.jspecify.annotations.NullMarked;
