package dev.tagbench.ingest;

import dev.tagbench.extension.Extension;
import java.util.List;

/**
 * Finds the parts of an imported text that are not article content: web-page debris, headings,
 * captions. Cleaners never change the text; they report regions, and the article view shows the
 * curator what was removed and why. All enabled cleaners run, in registry order, and their removals
 * are combined.
 */
public interface TextCleaner extends Extension {

    /**
     * Finds the regions of {@code text} that are not article content.
     *
     * @param text the article's original text
     * @return the removals in any order; they may overlap each other or those of other cleaners
     */
    List<Removal> clean(String text);
}
