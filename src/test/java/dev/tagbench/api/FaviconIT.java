package dev.tagbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.PackagedApp;
import dev.tagbench.support.TagbenchIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page names Tagbench's icon and anyone can fetch it, in development mode and in the packaged
 * jar, whose production bundle builds the page differently.
 */
@TagbenchIntegrationTest
class FaviconIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void the_sign_in_page_links_the_icon_and_anyone_may_fetch_it() throws Exception {
        assertIcons("http://localhost:" + port);
    }

    @Test
    void the_packaged_jar_serves_the_icon_too() throws Exception {
        var data = Files.createTempDirectory("tagbench-favicon");
        var app = PackagedApp.start(data, Path.of("target", "favicon-app.log"), "favicon-admin-password", List.of());
        try {
            assertIcons(app.baseUrl());
        } finally {
            app.stop();
            PackagedApp.stopLeftoverPostgres(data);
        }
    }

    private static void assertIcons(String base) throws Exception {
        var page = get(base + "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        var head = Jsoup.parse(page.body()).head();
        assertThat(head.select("link[rel=icon]").eachAttr("href"))
                .containsExactly("icons/favicon.svg", "icons/favicon-32.png");
        assertThat(head.select("link[rel=apple-touch-icon]").eachAttr("href"))
                .containsExactly("icons/apple-touch-icon.png");
        var svg = get(base + "/icons/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg");
        for (var png : List.of("/icons/favicon-32.png", "/icons/apple-touch-icon.png")) {
            var icon = get(base + png);
            assertThat(icon.statusCode()).as(png).isEqualTo(200);
            assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
