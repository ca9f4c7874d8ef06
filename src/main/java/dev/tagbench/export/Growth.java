package dev.tagbench.export;

/**
 * What an export grew from: the latest earlier export of the project with the same split ratios and
 * seed, and how its articles fared. Part of the dataset card, so a dataset says where it came from.
 *
 * @param from            the earlier export's id
 * @param fromArticles    articles in it
 * @param fromSentences   sentences in it
 * @param kept            articles that kept the split they had in earlier exports
 * @param placed          articles placed for the first time (new approvals)
 * @param placedSentences their sentences
 * @param corrected       kept articles approved again since (returned to review and corrected)
 * @param dropped         articles of the earlier export that are not approved now (back in review)
 */
public record Growth(
        long from,
        long fromArticles,
        long fromSentences,
        int kept,
        int placed,
        long placedSentences,
        int corrected,
        int dropped) {

    String json() {
        return "{\"from\":" + from + ",\"fromArticles\":" + fromArticles + ",\"fromSentences\":" + fromSentences
                + ",\"kept\":" + kept + ",\"placed\":" + placed + ",\"placedSentences\":" + placedSentences
                + ",\"corrected\":" + corrected + ",\"dropped\":" + dropped + "}";
    }
}
