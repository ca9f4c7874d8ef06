/** The application frame around the feature views. */
@NullMarked
package dev.tagbench.ui;

import org.jspecify.annotations.NullMarked;
