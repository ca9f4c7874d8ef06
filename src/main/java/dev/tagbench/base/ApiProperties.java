package dev.tagbench.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the REST API ({@code tagbench.api.*}).
 *
 * @param maxJsonBody the largest request body under {@code /api} other than a multipart upload; the
 *                    largest legitimate ones (a label schema, a project's guidelines) are some
 *                    kilobytes, so the default leaves room while a flood of large bodies cannot
 *                    exhaust the heap
 */
@ConfigurationProperties("tagbench.api")
public record ApiProperties(@DefaultValue("1MB") DataSize maxJsonBody) {}
