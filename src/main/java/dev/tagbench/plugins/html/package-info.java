/** Built-in plugin: the HTML page importer, which keeps a page's article text and metadata. */
@NullMarked
package dev.tagbench.plugins.html;

import org.jspecify.annotations.NullMarked;
