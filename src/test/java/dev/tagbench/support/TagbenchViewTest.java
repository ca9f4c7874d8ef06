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
 * application context of its own that only view tests share. Spring's test context cache pauses an
 * inactive context when a test needs another one (tests with extra beans, such as the suggestion
 * failure tests) and restarts it when it is used again; after such a restart of the context the
 * HTTP tests share, browserless navigation found no route target. View tests run back to back in
 * their own context, which other tests never switch away from in between.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "tagbench.test.context=views")
public @interface TagbenchViewTest {}
