package dev.tagbench.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Import limits and defaults ({@code tagbench.ingest.*}).
 *
 * @param maxFileSize         larger files (and ZIP entries) are refused before they are read
 * @param maxArchiveSize      larger ZIP uploads are refused before they are read
 * @param maxArchiveExpansion what all entries of one ZIP may add up to, uncompressed
 * @param maxArchiveEntries   more entries than this and the rest of the ZIP is not read
 * @param maxCompressionRatio entries that expand more than this are treated as ZIP bombs
 * @param defaultSegmenter    the segmenter new projects use
 * @param maxSentencesPerArticle an article with more sentences is refused (see {@link ArticleLimits})
 * @param maxArticleCharacters   an article with a longer text is refused
 * @param maxMetadataFields      an article with more metadata fields (columns or JSON fields besides
 *                               text, title, date, source and url) is refused
 * @param maxMetadataSize        an article whose metadata names and values together are larger
 *                               (UTF-8) is refused
 */
@ConfigurationProperties("tagbench.ingest")
public record IngestProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("100MB") DataSize maxArchiveSize,
        @DefaultValue("500MB") DataSize maxArchiveExpansion,
        @DefaultValue("10000") int maxArchiveEntries,
        @DefaultValue("100") int maxCompressionRatio,
        @DefaultValue("icu-news") String defaultSegmenter,
        @DefaultValue("5000") int maxSentencesPerArticle,
        @DefaultValue("2000000") int maxArticleCharacters,
        @DefaultValue("100") int maxMetadataFields,
        @DefaultValue("64KB") DataSize maxMetadataSize) {}
