package dev.tagbench.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application for browserless view tests: like {@link TagbenchIntegrationTest}, but in an
 * application context of its own that only view tests share, so the view tests' sessions and
 * navigation never meet the HTTP tests' background work. Cached contexts are never paused (see
 * {@code spring.properties}): a paused and restarted context serves browserless tests no more.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "tagbench.test.context=views")
public @interface TagbenchViewTest {}
