/** Label suggesters: rules or models that propose labels to curators. */
@NullMarked
package dev.tagbench.suggest;

import org.jspecify.annotations.NullMarked;
