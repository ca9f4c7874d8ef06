package dev.tagbench.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application, serving HTTP on a random port, on a real throw-away embedded PostgreSQL
 * with the demo data loaded. All
 * tests with this annotation share one application context and so one database; each test creates
 * the projects and users it changes, so tests never depend on each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface TagbenchIntegrationTest {}
