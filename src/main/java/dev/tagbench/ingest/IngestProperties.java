package dev.tagbench.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Import limits and defaults ({@code tagbench.ingest.*}).
 *
 * @param maxFileSize      larger uploads are refused before they are read
 * @param defaultSegmenter the segmenter new projects use
 */
@ConfigurationProperties("tagbench.ingest")
public record IngestProperties(@DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("icu-news") String defaultSegmenter) {}
