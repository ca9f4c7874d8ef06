package dev.tagbench.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode ({@code tagbench.demo.*}).
 *
 * @param seeds        where the sample articles are, as a resource pattern
 * @param userPassword the password of the demo users; generated and printed when empty
 */
@ConfigurationProperties("tagbench.demo")
public record DemoProperties(
        @DefaultValue("classpath*:seeds/*.txt") String seeds,
        @DefaultValue("") String userPassword) {}
