package dev.tagbench.export;

import dev.tagbench.project.Project;
import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A checked, planned export, ready to stream: access and settings are verified before the first
 * byte is sent, so a refusal is still a proper error response.
 *
 * @param articlesBySplit approved article ids per split, each list in id order
 * @param snapshotId      set when this re-creates a recorded export, which is then not recorded again
 */
public record ExportPlan(
        AppUser actor,
        Project project,
        DatasetExporter exporter,
        String split,
        long seed,
        Map<String, List<Long>> articlesBySplit,
        DatasetDescription description,
        @Nullable Long snapshotId,
        @Nullable String expectedSha256) {

    public String fileName() {
        var name = project.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (name.isEmpty() ? "dataset" : name) + "-dataset." + exporter.fileExtension();
    }

    public List<Long> articleIds() {
        return articlesBySplit.values().stream().flatMap(List::stream).sorted().toList();
    }
}
