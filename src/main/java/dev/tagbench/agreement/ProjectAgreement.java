package dev.tagbench.agreement;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Agreement among curators in a project or article.
 *
 * @param perLabel     each label as a yes/no decision per sentence, by label key in schema order
 * @param overallAlpha Krippendorff's alpha over every (sentence, label) decision together
 * @param sentences    sentences that at least two curators submitted
 */
public record ProjectAgreement(
        Map<String, AgreementFigures> perLabel, @Nullable Double overallAlpha, int sentences) {}
