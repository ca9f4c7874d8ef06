/** Built-in plugin: the cleaner for web-page debris in scraped news. */
@NullMarked
package dev.tagbench.plugins.webdebris;

import org.jspecify.annotations.NullMarked;
