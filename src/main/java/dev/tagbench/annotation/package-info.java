/** The curator's workbench: sentence labels, autosave with optimistic locking, and the change history. */
@NullMarked
package dev.tagbench.annotation;

import org.jspecify.annotations.NullMarked;
