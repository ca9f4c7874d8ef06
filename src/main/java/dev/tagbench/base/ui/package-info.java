/** View pieces several features share, such as the keyboard focus of a list of rows. */
@NullMarked
package dev.tagbench.base.ui;

import org.jspecify.annotations.NullMarked;
