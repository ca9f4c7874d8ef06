/**
 * Inter-annotator agreement: Krippendorff's alpha, Fleiss' kappa and pairwise Cohen's kappa over the
 * labels curators gave to the same sentences, counted in constant memory and checked in the tests
 * against DKPro Agreement.
 */
@NullMarked
package dev.tagbench.agreement;

import org.jspecify.annotations.NullMarked;
