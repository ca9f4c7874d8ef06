package dev.tagbench.export;

import dev.tagbench.project.Project;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A checked, planned export, ready to stream: access and settings are verified before the first
 * byte is sent, so a refusal is still a proper error response.
 *
 * @param options     settings beyond format, split and seed ({@code bom=true}); recorded with the export
 * @param articles    the approved articles with their split and approval, in id order
 * @param snapshotId  set when this re-creates a recorded export, which is then not recorded again
 */
public record ExportPlan(
        AppUser actor,
        Project project,
        DatasetExporter exporter,
        String split,
        long seed,
        Map<String, String> options,
        List<ExportedArticle> articles,
        DatasetDescription description,
        @Nullable Long snapshotId,
        @Nullable String expectedSha256) {

    public String fileName() {
        var name = project.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (name.isEmpty() ? "dataset" : name) + "-dataset." + exporter.fileExtension();
    }

    /** Article ids per split, in {@link DatasetDescription#SPLITS} order, each list in id order. */
    public Map<String, List<Long>> articlesBySplit() {
        var bySplit = new LinkedHashMap<String, List<Long>>();
        DatasetDescription.SPLITS.forEach(name -> bySplit.put(name, new ArrayList<>()));
        articles.forEach(article -> bySplit.get(article.split()).add(article.articleId()));
        return bySplit;
    }

    public List<Long> articleIds() {
        return articles.stream().map(ExportedArticle::articleId).toList();
    }
}
