package dev.tagbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitUntilState;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.security.AccessFixture.Caller;
import dev.tagbench.security.ViewTable.Sees;
import dev.tagbench.security.ViewTable.View;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import jakarta.servlet.ServletContext;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every Vaadin route opened directly by each kind of caller, in headless Chromium, from
 * {@link ViewTable}: anonymous callers land on the sign-in form, administrators' views are not
 * found for others, and project views show a member of another project only their own project, and
 * show the manager's tools to managers only. One browser, one signed-in page per caller.
 */
class ViewAccessIT extends BrowserTest {

    /** Vaadin's page for a route it will not show; the same whether the route is missing or forbidden. */
    private static final String NOT_FOUND = "Could not navigate to";

    private static AccessFixture fixture;
    private static final Map<Caller, Page> pages = new EnumMap<>(Caller.class);

    @Autowired
    ServletContext servletContext;

    @BeforeAll
    static void createFixture(@Autowired ApplicationContext context) {
        fixture = new AccessFixture(context);
    }

    @AfterAll
    static void closePages() {
        pages.values().forEach(page -> page.context().close());
        pages.clear();
    }

    @Test
    void every_route_has_a_row_and_every_row_a_route() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        var routes = new TreeSet<String>();
        for (RouteData route : registry.getRegisteredRoutes()) {
            if (route.getNavigationTarget().getPackageName().startsWith("dev.tagbench")) {
                routes.add(route.getTemplate());
                route.getRouteAliases().forEach(alias -> routes.add(alias.getTemplate()));
            }
        }
        var listed = new TreeSet<String>();
        ViewTable.ROWS.forEach(row -> listed.add(row.route()));
        assertThat(routes).as("Tagbench's routes").isNotEmpty();
        assertThat(difference(routes, listed))
                .as("routes without a row in ViewTable")
                .isEmpty();
        assertThat(difference(listed, routes))
                .as("rows of ViewTable without a route")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicContainer> every_caller_sees_what_the_table_says_when_opening_a_view_directly() {
        return ViewTable.ROWS.stream()
                .map(row -> dynamicContainer(
                        row.toString(),
                        Arrays.stream(Caller.values())
                                .map(caller -> dynamicTest(
                                        caller + " → " + row.sees().get(caller), () -> open(row, caller)))));
    }

    private void open(View row, Caller caller) {
        var page = page(caller);
        // Checks below wait for what they expect, so the navigation need not wait for every script.
        page.navigate(
                browser.url("/" + row.url().apply(fixture.requested(caller))),
                new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        var sees = row.sees().get(caller);
        var what = row + " as " + caller;
        switch (sees) {
            case LOGIN -> {
                page.waitForURL(url -> url.contains("/login"));
                page.locator("vaadin-login-form").waitFor();
            }
            case NOT_FOUND -> expectText(page, what, NOT_FOUND);
            case REFUSAL -> expectText(page, what, row.refusal());
            case CURATING -> expectText(page, what, AnnotationService.CURATING_IT);
            case NOTHING, TOOLS -> expectHeading(page, what, row.heading());
            case OWN_PROJECT -> expectText(page, what, fixture.q.secret());
            case P_DATA, P_DATA_AND_TOOLS -> expectText(page, what, fixture.p.secret());
        }
        settle(page);
        var text = text(page);
        if (sees != Sees.P_DATA && sees != Sees.P_DATA_AND_TOOLS && caller != Caller.ADMIN) {
            assertThat(text).as(what + ": none of P's data").doesNotContain(fixture.p.secret());
        }
        // A member of another project may manage it, so the tools there are theirs to see.
        if (row.tools() != null && sees != Sees.OWN_PROJECT && sees != Sees.LOGIN) {
            assertThat(visible(page, row.tools()))
                    .as(what + ": manager tools (" + row.tools() + ")")
                    .isEqualTo(sees == Sees.P_DATA_AND_TOOLS || sees == Sees.TOOLS);
        }
    }

    private static Page page(Caller caller) {
        return pages.computeIfAbsent(caller, who -> {
            var user = fixture.user(who);
            return user == null ? browser.newPage() : browser.signIn(user.username(), TestData.PASSWORD);
        });
    }

    /** Waits until Vaadin has no request under way. */
    private static void settle(Page page) {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
    }

    /** Everything the page shows as text, including the values of fields (a chosen project, for one). */
    private static String text(Page page) {
        return (String) page.evaluate("() => document.body.innerText + '\\n' + Array.from("
                + "document.querySelectorAll('input, textarea')).map(field => field.value).join('\\n')");
    }

    /** Waits for the text to appear (grids load their rows after the page), failing with what is shown. */
    private static void expectText(Page page, String what, String expected) {
        try {
            page.waitForFunction(
                    "expected => (document.body.innerText + Array.from(document.querySelectorAll("
                            + "'input, textarea')).map(field => field.value).join(' ')).includes(expected)",
                    expected,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (PlaywrightException e) {
            assertThat(text(page)).as(what + " at " + page.url()).contains(expected);
        }
    }

    /** Waits for the view's own heading (the navigation names views too, so plain text would not do). */
    private static void expectHeading(Page page, String what, @Nullable String heading) {
        assertThat(heading).as(what + ": the row names the view's heading").isNotNull();
        try {
            page.locator("h2, h3")
                    .filter(new Locator.FilterOptions().setHasText(heading))
                    .first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        } catch (PlaywrightException e) {
            assertThat(text(page)).as(what + " at " + page.url()).contains(heading);
        }
    }

    private static boolean visible(Page page, String selector) {
        return page.locator(selector).first().isVisible();
    }

    private static TreeSet<String> difference(TreeSet<String> a, TreeSet<String> b) {
        var rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
