package dev.tagbench.security;

import static dev.tagbench.security.ViewTable.Sees.CURATING;
import static dev.tagbench.security.ViewTable.Sees.LOGIN;
import static dev.tagbench.security.ViewTable.Sees.NOTHING;
import static dev.tagbench.security.ViewTable.Sees.NOT_FOUND;
import static dev.tagbench.security.ViewTable.Sees.OWN_PROJECT;
import static dev.tagbench.security.ViewTable.Sees.P_DATA;
import static dev.tagbench.security.ViewTable.Sees.P_DATA_AND_TOOLS;
import static dev.tagbench.security.ViewTable.Sees.REFUSAL;
import static dev.tagbench.security.ViewTable.Sees.TOOLS;

import dev.tagbench.security.AccessFixture.Caller;
import dev.tagbench.security.AccessFixture.Side;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What each kind of caller sees when opening a view's URL directly: the one table
 * {@link ViewAccessIT} runs from. A route without a row, or a row without a route, fails the test.
 * URLs name project P's objects; "P's data" is anything carrying P's secret.
 */
final class ViewTable {

    private ViewTable() {}

    /** What a caller sees. */
    enum Sees {
        /** Sent to the sign-in form. */
        LOGIN,
        /** Vaadin's "not found" page, with none of P's data and none of the view's tools. */
        NOT_FOUND,
        /** The view says why it has nothing for the caller; none of P's data, none of its tools. */
        REFUSAL,
        /** The view says the caller curates the article, so it stays hidden; none of P's data. */
        CURATING,
        /** The view with none of P's data and none of its tools (an empty queue). */
        NOTHING,
        /** The view with the caller's own project Q and none of P's data. */
        OWN_PROJECT,
        /** P's data, without the view's manager tools. */
        P_DATA,
        /** P's data and the view's manager tools. */
        P_DATA_AND_TOOLS,
        /** The view's manager tools, for whichever project it opens on (administrators manage all). */
        TOOLS
    }

    /**
     * A route and what each caller sees there.
     *
     * @param url      the URL to open, naming P's objects as the caller asks for them
     * @param heading  a heading (h2, h3) the view always shows, where a row needs to know the view is there
     * @param refusal  what the view says when it has nothing for the caller
     * @param tools    a selector for what only managers (or administrators) may see
     */
    record View(
            String route,
            Function<Side, String> url,
            @Nullable String heading,
            @Nullable String refusal,
            @Nullable String tools,
            Map<Caller, Sees> sees) {

        View url(Function<Side, String> make) {
            return new View(route, make, heading, refusal, tools, sees);
        }

        View refusal(String text) {
            return new View(route, url, heading, text, tools, sees);
        }

        View tools(String selector) {
            return new View(route, url, heading, refusal, selector, sees);
        }

        @Override
        public String toString() {
            return "/" + route;
        }
    }

    // Columns: anonymous, annotator, reviewer, manager, admin, member of another project, and a curator
    // of P who also reviews, opening the articles they curate.
    static final List<View> ROWS = List.of(
            view("", "Articles", LOGIN, P_DATA, P_DATA, P_DATA, P_DATA, OWN_PROJECT, P_DATA)
                    .url(side -> "?project=" + side.project().id()),
            view(
                            "articles/:articleId",
                            null,
                            LOGIN,
                            P_DATA,
                            P_DATA,
                            P_DATA_AND_TOOLS,
                            P_DATA_AND_TOOLS,
                            NOT_FOUND,
                            P_DATA)
                    .url(side -> "articles/" + side.article())
                    .tools(".edit-bar"),
            view("review", "Review", LOGIN, NOTHING, P_DATA, NOTHING, NOTHING, OWN_PROJECT, P_DATA),
            // The curating reviewer opens the article they submitted: reopenable, so still theirs.
            view("review/:articleId", "Review", LOGIN, REFUSAL, P_DATA, P_DATA, P_DATA, NOT_FOUND, CURATING)
                    .url(side -> "review/" + side.annotated())
                    .refusal("needs the role"),
            view("dashboard", "Dashboard", LOGIN, REFUSAL, REFUSAL, P_DATA_AND_TOOLS, TOOLS, OWN_PROJECT, REFUSAL)
                    .refusal("You manage no project")
                    .tools("text=Articles by state"),
            // Administrators see every project; the list may not reach P, so only the tools count for them.
            view("projects", "Projects", LOGIN, REFUSAL, REFUSAL, P_DATA_AND_TOOLS, TOOLS, OWN_PROJECT, REFUSAL)
                    .refusal("You manage no project")
                    .tools("vaadin-button:has-text('Archive')"),
            view(
                            "projects/:projectId",
                            null,
                            LOGIN,
                            REFUSAL,
                            REFUSAL,
                            P_DATA_AND_TOOLS,
                            P_DATA_AND_TOOLS,
                            NOT_FOUND,
                            REFUSAL)
                    .url(side -> "projects/" + side.project().id())
                    .refusal("needs the role")
                    .tools("vaadin-button:has-text('Add label')"),
            view("members", "Members", LOGIN, REFUSAL, REFUSAL, P_DATA_AND_TOOLS, TOOLS, OWN_PROJECT, REFUSAL)
                    .refusal("You manage no project")
                    .tools("vaadin-button:has-text('Set roles')"),
            view("export", "Export", LOGIN, REFUSAL, REFUSAL, P_DATA_AND_TOOLS, TOOLS, OWN_PROJECT, REFUSAL)
                    .refusal("You manage no project")
                    .tools("#export-download"),
            // The URL names P; a member of another project gets their own project instead.
            view(
                            "import",
                            "Import articles",
                            LOGIN,
                            REFUSAL,
                            REFUSAL,
                            P_DATA_AND_TOOLS,
                            P_DATA_AND_TOOLS,
                            OWN_PROJECT,
                            REFUSAL)
                    .url(side -> "import?project=" + side.project().id())
                    .refusal("You manage no project")
                    .tools("vaadin-upload"),
            view("suggesters", "Suggestions", LOGIN, REFUSAL, REFUSAL, P_DATA_AND_TOOLS, TOOLS, OWN_PROJECT, REFUSAL)
                    .refusal("You manage no project")
                    .tools("#suggestion-settings-save"),
            // Every member searches their projects; only managers turn a search into suggestions.
            view("search", "Search", LOGIN, P_DATA, P_DATA, P_DATA_AND_TOOLS, TOOLS, OWN_PROJECT, P_DATA)
                    .url(side -> "search?project=" + side.project().id())
                    .tools("#bulk-suggest"),
            view("activity", "Activity", LOGIN, REFUSAL, REFUSAL, P_DATA_AND_TOOLS, TOOLS, OWN_PROJECT, REFUSAL)
                    .url(side -> "activity?project=" + side.project().id())
                    .refusal("You manage no project")
                    .tools("#activity-older"),
            view("webhooks", "Webhooks", LOGIN, REFUSAL, REFUSAL, P_DATA_AND_TOOLS, TOOLS, OWN_PROJECT, REFUSAL)
                    .refusal("You manage no project")
                    .tools("#webhook-register"),
            view("profile", "API tokens", LOGIN, NOTHING, NOTHING, NOTHING, NOTHING, NOTHING, NOTHING),
            view("login", null, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN),
            view("admin/users", "Users", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, TOOLS, NOT_FOUND, NOT_FOUND)
                    .tools("vaadin-button:has-text('Create user')"),
            view("admin/plugins", "Plugins", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, TOOLS, NOT_FOUND, NOT_FOUND)
                    .tools("vaadin-grid"));

    private static View view(
            String route,
            @Nullable String heading,
            Sees anonymous,
            Sees annotator,
            Sees reviewer,
            Sees manager,
            Sees admin,
            Sees otherProject,
            Sees curatingReviewer) {
        var sees = new EnumMap<Caller, Sees>(Caller.class);
        sees.put(Caller.ANONYMOUS, anonymous);
        sees.put(Caller.ANNOTATOR, annotator);
        sees.put(Caller.REVIEWER, reviewer);
        sees.put(Caller.MANAGER, manager);
        sees.put(Caller.ADMIN, admin);
        sees.put(Caller.OTHER_PROJECT, otherProject);
        sees.put(Caller.CURATING_REVIEWER, curatingReviewer);
        return new View(route, side -> route, heading, null, null, sees);
    }
}
