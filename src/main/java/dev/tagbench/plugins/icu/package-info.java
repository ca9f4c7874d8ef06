/** Built-in plugin: ICU4J sentence splitting with the rules news text needs. */
@NullMarked
package dev.tagbench.plugins.icu;

import org.jspecify.annotations.NullMarked;
