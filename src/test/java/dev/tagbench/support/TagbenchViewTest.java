package dev.tagbench.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application for browserless view tests: like {@link TagbenchIntegrationTest}, but in an
 * application context of its own, tagged {@code views}. The build runs these tests in a JVM of their
 * own (see the failsafe executions in pom.xml): once another application context with its Vaadin
 * servlet had started in the same JVM, browserless navigation in an earlier context found no route
 * target.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "tagbench.test.context=views")
@Tag("views")
public @interface TagbenchViewTest {}
