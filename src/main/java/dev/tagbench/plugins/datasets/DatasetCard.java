package dev.tagbench.plugins.datasets;

import dev.tagbench.export.DatasetDescription;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The {@code README.md} of the Hugging Face layout: YAML front matter the Hub reads (splits, task,
 * language, size), then what the dataset is, its labels, counts, agreement, settings, date and the
 * SHA-256 of each data file. Built only from the description, the tally and the digests, so the same
 * data gives the same card.
 */
final class DatasetCard {

    private static final List<String> SPLITS = DatasetDescription.SPLITS;

    private final DatasetDescription dataset;
    private final SplitTally tally;
    private final List<String> sha256;
    private final StringBuilder card = new StringBuilder();

    private DatasetCard(DatasetDescription dataset, SplitTally tally, List<String> sha256) {
        this.dataset = dataset;
        this.tally = tally;
        this.sha256 = sha256;
    }

    /** The card text; {@code sha256} holds the hex digest of each split's file, in split order. */
    static String render(DatasetDescription dataset, SplitTally tally, List<String> sha256) {
        return new DatasetCard(dataset, tally, sha256).render();
    }

    private String render() {
        frontMatter();
        line("# " + CardText.markdown(dataset.projectName()));
        line("");
        line("Sentences from the news articles of the Tagbench project \"" + CardText.markdown(dataset.projectName())
                + "\", each labelled with the labels of schema version " + dataset.schemaVersion()
                + " and approved by a reviewer. Each split is a JSON Lines file, one sentence per line: "
                + "`labels` holds the final labels, `annotators` the curators who labelled the sentence and "
                + "`annotator_labels` each curator's own labels, as a list of `{curator, labels}`.");
        labels();
        labelCounts();
        splits();
        growth();
        agreement();
        settings();
        section("Dataset date");
        line(
                dataset.dataDate() == null
                        ? "unknown"
                        : dataset.dataDate() + " (the latest approval among the exported articles)");
        checksums();
        return card.toString();
    }

    private void frontMatter() {
        line("---");
        line("pretty_name: " + CardText.yamlString(dataset.projectName()));
        line("language:");
        // A language tag is plain YAML as it is (en, pt-BR); anything else is quoted.
        var language = dataset.language();
        line("- " + (language.matches("[A-Za-z0-9-]+") ? language : CardText.yamlString(language)));
        line("task_categories:");
        line("- text-classification");
        line("size_categories:");
        line("- " + sizeCategory(tally.rows()));
        line("configs:");
        line("- config_name: default");
        line("  data_files:");
        for (var split : SPLITS) {
            line("  - split: " + split);
            line("    path: " + split + ".jsonl");
        }
        line("---");
        line("");
    }

    private void labels() {
        section("Labels");
        line("| Key | Name | Description |");
        line("| --- | --- | --- |");
        for (var label : dataset.labels()) {
            line("| " + CardText.cell(label.key()) + " | " + CardText.cell(label.name()) + " | "
                    + CardText.cell(label.description()) + " |");
        }
    }

    private void labelCounts() {
        section("Label counts");
        line("| Label | train | validation | test | total |");
        line("| --- | ---: | ---: | ---: | ---: |");
        tally.labels()
                .forEach((key, counts) -> line("| " + CardText.cell(key) + " | " + counts[0] + " | " + counts[1] + " | "
                        + counts[2] + " | " + (counts[0] + counts[1] + counts[2]) + " |"));
        line("| (all sentences) | " + tally.rows(0) + " | " + tally.rows(1) + " | " + tally.rows(2) + " | "
                + tally.rows() + " |");
    }

    private void splits() {
        section("Splits");
        line("| Split | Articles | Sentences |");
        line("| --- | ---: | ---: |");
        for (var split : SPLITS) {
            line("| " + split + " | " + dataset.articlesPerSplit().getOrDefault(split, 0L) + " | "
                    + dataset.sentencesPerSplit().getOrDefault(split, 0L) + " |");
        }
        line("| total | " + dataset.articles() + " | " + dataset.sentences() + " |");
        line("");
        line("Curators: " + dataset.curators() + ".");
    }

    /** Where the dataset came from: the earlier export with the same settings, and what changed since. */
    private void growth() {
        section("Versions");
        var growth = dataset.growth();
        if (growth == null) {
            line("The first export of this project with these split ratios and seed. Later exports with the same "
                    + "settings keep every article in the split it has here and place only new articles.");
            return;
        }
        line("Grown from export #" + growth.from() + " (" + growth.fromArticles() + " articles, "
                + growth.fromSentences() + " sentences), made with the same split ratios and seed: every article "
                + "that export had kept its split, and only new articles were placed.");
        line("");
        line("| Articles | Count |");
        line("| --- | ---: |");
        line("| kept in their split | " + growth.kept() + " |");
        line("| placed new | " + growth.placed() + " (" + growth.placedSentences() + " sentences) |");
        line("| corrected and approved again since | " + growth.corrected() + " |");
        line("| no longer approved (back in review) | " + growth.dropped() + " |");
        line("");
        line("Tagbench lists the rows added, removed and changed since export #" + growth.from()
                + " (`GET /api/v1/projects/{projectId}/exports/" + growth.from() + "/diff/{this export}`).");
    }

    private void agreement() {
        section("Agreement");
        line("Krippendorff's alpha between the curators' labels, per label and overall.");
        line("");
        line("| Label | Alpha |");
        line("| --- | ---: |");
        for (var label : dataset.labels()) {
            line("| " + CardText.cell(label.key()) + " | " + alpha(label.key()) + " |");
        }
        line("| overall | " + alpha("overall") + " |");
    }

    private String alpha(String key) {
        var alpha = dataset.agreement().get(key);
        return alpha == null || !Double.isFinite(alpha) ? "n/a" : String.format(Locale.ROOT, "%.3f", alpha);
    }

    private void settings() {
        section("Export settings");
        line("| Setting | Value |");
        line("| --- | --- |");
        // Sorted: the settings map promises no order, and the card must not depend on hash order.
        new TreeMap<>(dataset.settings())
                .forEach((name, value) -> line("| " + CardText.cell(name) + " | " + CardText.cell(value) + " |"));
    }

    private void checksums() {
        section("Checksums");
        line("| File | SHA-256 |");
        line("| --- | --- |");
        for (var i = 0; i < SPLITS.size(); i++) {
            line("| " + SPLITS.get(i) + ".jsonl | " + sha256.get(i) + " |");
        }
    }

    // The Hub's size_categories values, each bound the exclusive upper limit of its category.
    private static final long[] SIZE_BOUNDS = {
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L
    };
    private static final String[] SIZE_NAMES = {
        "n<1K",
        "1K<n<10K",
        "10K<n<100K",
        "100K<n<1M",
        "1M<n<10M",
        "10M<n<100M",
        "100M<n<1B",
        "1B<n<10B",
        "10B<n<100B",
        "100B<n<1T"
    };

    /** The Hub's size category for the number of rows. */
    static String sizeCategory(long rows) {
        for (var i = 0; i < SIZE_BOUNDS.length; i++) {
            if (rows < SIZE_BOUNDS[i]) {
                return SIZE_NAMES[i];
            }
        }
        return "n>1T";
    }

    private void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void line(String text) {
        card.append(text).append('\n');
    }
}
