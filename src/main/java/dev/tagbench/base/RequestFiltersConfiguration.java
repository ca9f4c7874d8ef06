package dev.tagbench.base;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Servlet filters that run outside Spring MVC and before the security chains. */
@Configuration(proxyBeanMethods = false)
class RequestFiltersConfiguration {

    /** Error dispatches of API requests, answered before a security chain can refuse them. */
    @Bean
    FilterRegistrationBean<ApiErrorPage> apiErrorPage() {
        var registration = new FilterRegistrationBean<>(new ApiErrorPage());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before the security chains, so an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(ApiProperties api) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(api.maxJsonBody().toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Every path: Vaadin and the security chains read a form's parameters before any controller. */
    @Bean
    FilterRegistrationBean<FormBodyLimit> formBodyLimit(
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxForm) {
        var registration = new FilterRegistrationBean<>(new FormBodyLimit(maxForm.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
