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
 * application context of its own that only view tests share. In the context the HTTP tests share,
 * browserless navigation found no route target once the suggestion tests had trained models and
 * run their background work there (seen in full builds only, never with the view tests alone), so
 * views are tested in a context that HTTP tests leave alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "tagbench.test.context=views")
public @interface TagbenchViewTest {}
