/** The managers' import view: uploads, pasted text and the import report. */
@NullMarked
package dev.tagbench.ingest.ui;

import org.jspecify.annotations.NullMarked;
