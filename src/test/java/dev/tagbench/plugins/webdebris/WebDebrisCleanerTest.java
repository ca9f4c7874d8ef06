package dev.tagbench.plugins.webdebris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tagbench.ingest.Removal;
import dev.tagbench.ingest.Removal.Kind;
import dev.tagbench.ingest.TextCleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebDebrisCleanerTest {

    private final TextCleaner cleaner = new WebDebrisCleaner();

    private List<String> removedTexts(String text) {
        return cleaner.clean(text).stream().map(r -> r.span().of(text)).toList();
    }

    private static String seed(String name) {
        try (var in = WebDebrisCleanerTest.class.getResourceAsStream("/seeds/" + name)) {
            assertThat(in).as("seed %s on the test class path", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long nonBlankLines(String text) {
        return text.lines().filter(l -> !l.replace('\u00A0', ' ').isBlank()).count();
    }

    /** A paragraph: ends in sentence punctuation and has more than 20 words. */
    private static boolean isContentParagraph(String line) {
        var trimmed = line.replace('\u00A0', ' ').strip();
        return trimmed.split("\\s+").length > 20 && trimmed.matches("(?s).*[.!?…][\"'”’)]*");
    }

    private Removal single(String line) {
        var removals = cleaner.clean(line);
        assertThat(removals).as("removals of %s", line).hasSize(1);
        return removals.get(0);
    }

    @Test
    void identifiesItselfWithStableIdAndName() {
        assertThat(cleaner.id()).isEqualTo("web-debris").matches("[a-z0-9-]+");
        assertThat(cleaner.name()).isEqualTo("Web page debris");
        assertThat(cleaner.version()).isNotBlank();
    }

    @Nested
    class Seeds {

        @Test
        void seed000RemovesOnlyTheAgencyBylineAndKeepsTheImportHeader() {
            var text = seed("000_2d064f49d8724ae4.txt");
            assertThat(removedTexts(text)).containsExactly("Press Association – Samya Kullab, AP");
            assertThat(cleaner.clean(text)).extracting(Removal::kind).containsExactly(Kind.HEADING);
            assertThat(text.lines().findFirst()).hasValueSatisfying(first -> {
                assertThat(first).startsWith(" date 2024-11-16 ");
                assertThat(removedTexts(text)).doesNotContain(first);
            });
            assertThat(nonBlankLines(text) - cleaner.clean(text).size()).isEqualTo(12);
        }

        @Test
        void seed001RemovesNavigationPromptsCategoryAndHeadline() {
            var text = seed("001_e3aa65c5d8b761ed.txt");
            assertThat(removedTexts(text))
                    .containsExactly(
                            "Loading",
                            "Search",
                            ":",
                            "Japan Foreign Minister Promises Aid For Ukrainian Anti-Drone System",
                            "  • Category:Other",
                            "Comment(s) Write comment",
                            "Trackback (You need to login.)");
            assertThat(cleaner.clean(text))
                    .extracting(Removal::kind)
                    .containsExactly(
                            Kind.NOISE, Kind.NOISE, Kind.NOISE, Kind.HEADING, Kind.NOISE, Kind.NOISE, Kind.NOISE);
            assertThat(nonBlankLines(text) - cleaner.clean(text).size()).isEqualTo(19);
        }

        @Test
        void seed002RemovesTheThreeSiteWidgetWordsAndKeepsHeaderAndDashAttributions() {
            var text = seed("002_061891507959ddc4.txt");
            assertThat(removedTexts(text)).containsExactly("Details", "Optional", "Recall");
            assertThat(cleaner.clean(text)).extracting(Removal::kind).containsOnly(Kind.NOISE);
            assertThat(removedTexts(text)).noneMatch(t -> t.startsWith(" date") || t.contains("- Kamikawa said"));
            assertThat(nonBlankLines(text) - cleaner.clean(text).size()).isEqualTo(10);
        }

        /*
         * The brief listed "both photo captions" and not the last two lines. The file has three
         * captions credited "Photo: ...", and ends with "Additional reporting by Reuters" (a credit
         * line: no final punctuation, four words) and a lone "1" (a lone number, a listed NOISE
         * example), so the stated rules remove all of them; this test asserts what the rules say.
         */
        @Test
        void seed003RemovesAdsLabelsPromptsCaptionsVideoTitlesAndHeadlineButKeepsBullets() {
            var text = seed("003_957702ce331a2066.txt");
            var removed = removedTexts(text);
            assertThat(removed)
                    .containsExactly(
                            "Advertisement",
                            "Advertisement",
                            "Ukraine war",
                            "Get more with myNEWS",
                            "A personalised news feed of stories that matter to you",
                            "Learn more",
                            "Ukrainian Foreign Minister Dmytro Kuleba and his Japanese counterpart Yoko Kamikawa attend a"
                                    + " press conference in a bomb shelter in Kyiv on Sunday. Photo: Reuters",
                            "Japan pledges millions more to support Ukraine on foreign minister’s surprise visit",
                            "Ukraine war",
                            "01:03",
                            "Ukrainian President Volodymyr Zelensky calls on UN to strip ‘criminal’ Russia of veto power",
                            "Ukrainian President Volodymyr Zelensky calls on UN to strip ‘criminal’ Russia of veto power",
                            "Japan’s Foreign Minister Yoko Kamikawa, third from left, visits the town of Bucha in Ukraine on"
                                    + " Sunday. Photo: Embassy of Japan in Ukraine / Handout via AFP",
                            "Ukraine’s President Volodymyr Zelensky welcomes Japan’s Foreign Minister Yoko Kamikawa in Kyiv,"
                                    + " Ukraine on Sunday. Photo: Ukrainian Presidential Press Service / Handout via Reuters",
                            "Additional reporting by Reuters",
                            "1");
            // The seed's bullets are "•" (U+2022), the brief wrote them as "–".
            var bullets = text.lines().filter(l -> l.startsWith("  • ")).toList();
            assertThat(bullets).hasSize(2);
            assertThat(removed).doesNotContainAnyElementsOf(bullets);
            assertThat(cleaner.clean(text))
                    .filteredOn(r -> r.span().of(text).contains("Photo:"))
                    .extracting(Removal::kind)
                    .containsOnly(Kind.NOISE);
            assertThat(cleaner.clean(text))
                    .filteredOn(r -> r.span().of(text).startsWith("Japan pledges"))
                    .extracting(Removal::kind)
                    .containsExactly(Kind.HEADING);
            assertThat(nonBlankLines(text) - removed.size()).isEqualTo(27);
        }

        @Test
        void seed004RemovesHeadlineCaptionRelatedLinksAndDonationAppeal() {
            var text = seed("004_21e44077a3ba8fcb.txt");
            assertThat(removedTexts(text))
                    .containsExactly(
                            "Japanese FM initiates historic talks in Kyiv, paving way for bilateral security agreement with"
                                    + " Ukraine",
                            "Volodymyr Zelenskyy and Yoshimasa Hayashi during a meeting in Kyiv, September 9, 2023",
                            "Read also: Japan to provide $7 billion in aid to Ukraine — PM Kishida",
                            "Read also: Japan to provide Ukraine with drone detection system",
                            "We’re bringing the voice of Ukraine to the world. Support us with a one-time donation, or"
                                    + " become a Patron!",
                            "Read the original article on The New Voice of Ukraine");
            assertThat(cleaner.clean(text))
                    .extracting(Removal::kind)
                    .containsExactly(Kind.HEADING, Kind.HEADING, Kind.NOISE, Kind.NOISE, Kind.NOISE, Kind.NOISE);
            assertThat(nonBlankLines(text) - cleaner.clean(text).size()).isEqualTo(12);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "000_2d064f49d8724ae4.txt",
                    "001_e3aa65c5d8b761ed.txt",
                    "002_061891507959ddc4.txt",
                    "003_957702ce331a2066.txt",
                    "004_21e44077a3ba8fcb.txt"
                })
        void neverRemovesAContentParagraphAndReportsWholeLinesInOrder(String name) {
            var text = seed(name);
            var removals = cleaner.clean(text);
            assertThat(removals).extracting(r -> r.span().of(text)).noneMatch(WebDebrisCleanerTest::isContentParagraph);
            assertThat(removals).allSatisfy(r -> {
                assertThat(r.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(r.span().of(text)).doesNotContain("\n", "\r").isNotBlank();
                assertThat(r.span().start() == 0 || text.charAt(r.span().start() - 1) == '\n')
                        .isTrue();
                assertThat(r.span().end() == text.length()
                                || text.charAt(r.span().end()) == '\n')
                        .isTrue();
                assertThat(r.reason()).isNotBlank().hasSizeLessThan(40);
            });
            assertThat(removals).extracting(Removal::span).isSorted();
            assertThat(removals).extracting(Removal::kind).doesNotContain(Kind.STRUCTURE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"000_2d064f49d8724ae4.txt", "003_957702ce331a2066.txt"})
        void givesTheSameRemovalsForCrlfAndCrLineEndings(String name) {
            var text = seed(name);
            var expected = removedTexts(text);
            assertThat(removedTexts(text.replace("\n", "\r\n"))).isEqualTo(expected);
            assertThat(removedTexts(text.replace("\n", "\r"))).isEqualTo(expected);
        }

        @Test
        void isThreadSafeWhenSharedAcrossThreads() throws Exception {
            var names = List.of(
                    "000_2d064f49d8724ae4.txt",
                    "001_e3aa65c5d8b761ed.txt",
                    "002_061891507959ddc4.txt",
                    "003_957702ce331a2066.txt",
                    "004_21e44077a3ba8fcb.txt");
            var texts = names.stream().map(WebDebrisCleanerTest::seed).toList();
            var expected = texts.stream().map(cleaner::clean).toList();
            try (var pool = Executors.newFixedThreadPool(4)) {
                var tasks = IntStream.range(0, 200)
                        .<Callable<Boolean>>mapToObj(
                                i -> () -> cleaner.clean(texts.get(i % 5)).equals(expected.get(i % 5)))
                        .toList();
                for (var result : pool.invokeAll(tasks)) {
                    assertThat(result.get()).isTrue();
                }
            }
        }
    }

    @Nested
    class Noise {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Loading",
                    "Loading...",
                    "Search",
                    "Menu",
                    "☰ Menu",
                    "Share",
                    "Print",
                    "Details",
                    "Optional",
                    "Recall",
                    "Learn more",
                    "Read more",
                    "Read more »",
                    "Advertisement",
                    "ADVERTISEMENT",
                    "Sponsored",
                    "Advertisement - Scroll to continue",
                    "Story continues below advertisement",
                    ":",
                    "•",
                    "***",
                    "Back to top",
                    "Skip to main content"
                })
        void reportsNavigationWidgetsAdvertisingAndLonePunctuation(String line) {
            assertThat(single(line).kind()).isEqualTo(Kind.NOISE);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Get more with myNEWS",
                    "A personalised news feed of stories that matter to you",
                    "Comment(s) Write comment",
                    "Trackback (You need to login.)",
                    "Subscribe to our newsletter",
                    "Sign up for our daily briefing",
                    "Sign up to get the latest news.",
                    "Follow us on Telegram",
                    "Follow us on Twitter and Facebook",
                    "Join our Telegram channel",
                    "Share this article",
                    "You need to log in to comment.",
                    "Leave a comment",
                    "12 comments",
                    "3 min read",
                    "We’re bringing the voice of Ukraine to the world. Support us with a one-time donation, or become"
                            + " a Patron!",
                    "Support independent journalism: donate today!"
                })
        void reportsShareSubscribeLoginAndDonationPrompts(String line) {
            assertThat(single(line).kind()).isEqualTo(Kind.NOISE);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Read also: Japan to provide Ukraine with drone detection system",
                    "Read more: Zelensky meets Kamikawa in Kyiv",
                    "See also: Ukraine war in maps",
                    "Read the original article on The New Voice of Ukraine",
                    "Related: Kyiv under drone attack",
                    "ALSO READ: Japan pledges aid"
                })
        void reportsRelatedArticleLinks(String line) {
            assertThat(single(line)).satisfies(r -> {
                assertThat(r.kind()).isEqualTo(Kind.NOISE);
                assertThat(r.reason()).isEqualTo("related-article link");
            });
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Ukrainian Foreign Minister Dmytro Kuleba and his Japanese counterpart attend a press conference in"
                            + " Kyiv on Sunday. Photo: Reuters",
                    "Rescuers at the site of a drone strike. Photo credit: State Emergency Service",
                    "Smoke rises over Kyiv. Image: Shutterstock",
                    "Zelensky speaks in Kyiv (Photo by Sergei Supinsky/AFP via Getty Images)",
                    "Residents clear debris in Bucha. (AP Photo/Efrem Lukatsky)",
                    "Kamikawa and Kuleba in a bomb shelter in Kyiv Getty Images",
                    "The Japanese minister lays flowers in Bucha via AFP",
                    "Kamikawa arrives at the Kyiv railway station / Reuters"
                })
        void reportsPhotoCaptionsWithCredits(String line) {
            assertThat(single(line)).satisfies(r -> {
                assertThat(r.kind()).isEqualTo(Kind.NOISE);
                assertThat(r.reason()).isEqualTo("photo caption with credit");
            });
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "– Category:Other",
                    "Category: World",
                    "Tags: Japan, Ukraine, Kamikawa",
                    "Filed under: Europe"
                })
        void reportsCategoryAndTagLines(String line) {
            assertThat(single(line).reason()).isEqualTo("category or tags");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "1",
                    "12",
                    "01:03",
                    "2024",
                    "10:45 GMT",
                    "7 January 2024",
                    "January 7, 2024 10:00",
                    "2024-01-07",
                    "Updated: 07.01.2024, 14:30",
                    "Sun 7 Jan 2024 10.45 GMT",
                    "2 hours ago"
                })
        void reportsLoneNumbersDatesAndTimestamps(String line) {
            assertThat(single(line)).satisfies(r -> {
                assertThat(r.kind()).isEqualTo(Kind.NOISE);
                assertThat(r.reason()).isEqualTo("lone number or timestamp");
            });
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "© 2024 Kyodo News",
                    "(c) Reuters 2024",
                    "(C) 2024 Ukrinform",
                    "Copyright 2024 The Associated Press.",
                    "All rights reserved",
                    "© 2024 NV. All rights reserved.",
                    "Reproduction of this material without written permission is prohibited."
                })
        void reportsCopyrightLines(String line) {
            assertThat(single(line).reason()).isEqualTo("copyright notice");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "https://example.com/news/japan-ukraine",
                    "www.kyivpost.com",
                    "+380 44 123 45 67",
                    "12 / 34 / 56"
                })
        void reportsLinksAndLinesWithoutWords(String line) {
            assertThat(single(line).kind()).isEqualTo(Kind.NOISE);
        }

        @Test
        void reportsAHugeSingleTokenAsAnUnreadableFragment() {
            var blob = "data:image/png;base64," + "QUJD".repeat(100);
            assertThat(single(blob)).satisfies(r -> {
                assertThat(r.kind()).isEqualTo(Kind.NOISE);
                assertThat(r.reason()).isEqualTo("unreadable fragment");
            });
        }
    }

    @Nested
    class Headings {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Ukraine war",
                    "Japan pledges millions more to support Ukraine on foreign minister’s" + " surprise visit",
                    "Volodymyr Zelenskyy and Yoshimasa Hayashi during a meeting in Kyiv, September 9, 2023",
                    "Ukrainian President Volodymyr Zelensky calls on UN to strip ‘criminal’ Russia of veto power",
                    "Key points",
                    "WORLD NEWS",
                    "Japan’s Kamikawa in Kyiv: what we know so far",
                    "Is Japan ready to arm Ukraine?\u00A0 — analysis",
                    "Why it matters: 5 things"
                })
        void reportsHeadlinesLabelsAndCaptionsWithoutFinalPunctuation(String line) {
            assertThat(single(line)).satisfies(r -> {
                assertThat(r.kind()).isEqualTo(Kind.HEADING);
                assertThat(r.reason()).isEqualTo("heading or caption");
            });
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Press Association – Samya Kullab, AP",
                    "By Yuka Obayashi and Olena Harmash",
                    "Additional reporting by Reuters",
                    "(Reporting by Tom Balmforth; Editing by Alex Richardson)",
                    "AFP – Kyiv bureau"
                })
        void reportsBylinesAsHeadings(String line) {
            assertThat(single(line)).satisfies(r -> {
                assertThat(r.kind()).isEqualTo(Kind.HEADING);
                assertThat(r.reason()).isEqualTo("byline or credit");
            });
        }

        @Test
        void reportsALineOfExactlyTwentyWordsButKeepsOneOfTwentyOne() {
            var twenty = String.join(
                    " ", IntStream.rangeClosed(1, 20).mapToObj(i -> "word" + i).toList());
            assertThat(single("Headline " + twenty.substring(twenty.indexOf(' ') + 1))
                            .kind())
                    .isEqualTo(Kind.HEADING);
            assertThat(cleaner.clean(twenty + " word21")).isEmpty();
        }

        @Test
        void reportsADateHeaderLineThatIsNotTheFirstLine() {
            var text = "Paragraph one is here.\n date 2024-11-16 Some title";
            assertThat(removedTexts(text)).containsExactly(" date 2024-11-16 Some title");
        }
    }

    @Nested
    class Keeps {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Japan has joined Western sanctions against Russia and provided weapons to Kyiv.",
                    "“I once again strongly condemn Russia’s missile and drone attacks, particularly on New Year’s Day,”"
                            + " said Kamikawa.",
                    "Japan is determined to continue supporting Ukraine so that peace can return to Ukraine. - Kamikawa"
                            + " said.",
                    "Kuleba also said the two discussed “threats from North Korea”.",
                    "Will Japan send more aid?",
                    "Kyiv was hit again!",
                    "He paused…",
                    "She said Japan would “keep supporting Ukraine.”",
                    "(The meeting lasted two hours.)",
                    "Getty Images said on Monday that it had removed the photo from its archive.",
                    "More than 200 drones were launched at Ukraine overnight.",
                    "Sign up rates for the army rose sharply last month.",
                    "Japan made a one-time donation of $37 million to the NATO fund.",
                    "“Partners must support us with air defence, and donations alone are not enough,” Zelensky said.",
                    "Read more than a hundred reports, the minister said.",
                    "The big picture: Japan wants a rules-based order.",
                    "Japan’s image: a pacifist nation that still helps its friends."
                })
        void keepsParagraphsEndingInSentencePunctuation(String line) {
            assertThat(cleaner.clean(line)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "  – Japanese Foreign Minister Yoko Kamikawa said on Sunday that Tokyo would allocate US$37 million"
                            + " to Kyiv to provide a drone detection system",
                    "  – ‘Japan is determined to support Ukraine so that peace can return,’ she said. Tokyo has"
                            + " allocated some US$1 billion in humanitarian aid to Kyiv so far",
                    "• Five mobile gas turbine generators",
                    "- Seven transformers",
                    "* Demining cranes",
                    "1. Air defence systems",
                    "a) humanitarian aid",
                    "(2) reconstruction loans",
                    "— Kishida visited Kyiv",
                    "(c) the parties agree on a ceasefire line by 2025"
                })
        void keepsListItemsWithContentEvenWithoutFinalPunctuation(String line) {
            assertThat(cleaner.clean(line)).isEmpty();
        }

        @Test
        void keepsLongLinesWhosePeriodIsMissing() {
            var line = "Tokyo is moving to export license-built Patriot air-defense missiles to the United States"
                    + " following a request by Washington to help replenish weapon stockpiles";
            assertThat(cleaner.clean(line)).isEmpty();
        }

        @Test
        void keepsTheImportHeaderOnTheFirstLine() {
            var text = " date 2024-11-16 Japanese minister visits Ukraine over North Korean troops\n\nSome text here.";
            assertThat(cleaner.clean(text)).isEmpty();
            assertThat(cleaner.clean(text.replace("\n", "\r\n"))).isEmpty();
            assertThat(cleaner.clean("\uFEFF" + text)).isEmpty();
            assertThat(cleaner.clean(" date 2024-01-07")).isEmpty();
        }

        @Test
        void keepsHardWrappedParagraphLines() {
            var text = "Japan said last month that it would prepare to ship Patriot\n"
                    + "air defence missiles to the United States after revising its\n"
                    + "arms export guidelines in nine years\n"
                    + "and Kyiv welcomed the decision.";
            assertThat(cleaner.clean(text)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Tokyo will also provide Kyiv with the following:",
                    "In Kyiv, Kamikawa said that,",
                    "The ministry listed three items;"
                })
        void keepsLinesThatLeadIntoMoreText(String line) {
            assertThat(cleaner.clean(line)).isEmpty();
        }
    }

    @Nested
    class LinesAndSpans {

        @Test
        void spanCoversTheWholeLineWithoutItsTerminatorForEveryLineEnding() {
            var text = "Loading\r\nShare\rMenu\n  Search\u00A0 \nPrint";
            var removals = cleaner.clean(text);
            assertThat(removals)
                    .extracting(r -> r.span().of(text))
                    .containsExactly("Loading", "Share", "Menu", "  Search\u00A0 ", "Print");
            assertThat(removals)
                    .extracting(Removal::span)
                    .extracting(s -> s.start() + "-" + s.end())
                    .containsExactly("0-7", "9-14", "15-19", "20-30", "31-36");
        }

        @Test
        void ignoresLeadingAndTrailingWhitespaceIncludingNoBreakSpaces() {
            assertThat(single("\u00A0\t Advertisement \u00A0").reason()).isEqualTo("advertising");
            assertThat(cleaner.clean("\u00A0 Japan has joined Western sanctions against Russia.\u00A0"))
                    .isEmpty();
        }

        @Test
        void handlesTextWithoutFinalNewline() {
            assertThat(removedTexts("Kyiv was attacked overnight.\n\nTrackback (You need to login.)"))
                    .containsExactly("Trackback (You need to login.)");
        }

        @Test
        void handlesCrlfFiles() {
            var text = "Ukraine war\r\n\r\nJapan has joined Western sanctions.\r\n\r\n01:03\r\n";
            assertThat(removedTexts(text)).containsExactly("Ukraine war", "01:03");
        }

        @Test
        void reportsNothingForEmptyOrWhitespaceOnlyText() {
            assertThat(cleaner.clean("")).isEmpty();
            assertThat(cleaner.clean(" \t\n\r\n\u00A0 \n\u2007\u202F\r")).isEmpty();
            assertThat(cleaner.clean("\n\n\n")).isEmpty();
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> cleaner.clean(null));
        }

        @Test
        void handlesAOneMegabyteSingleLineQuickly() {
            var words = "Japan will keep supporting Ukraine so that peace can return ".repeat(17_500);
            assertThat(words.length()).isGreaterThan(1_000_000);
            var token = "x".repeat(1_048_576);
            var punctuation = ".".repeat(1_048_576);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                assertThat(cleaner.clean(words)).isEmpty();
                assertThat(cleaner.clean(words.strip() + ".")).isEmpty();
                assertThat(cleaner.clean(token)).extracting(Removal::kind).containsExactly(Kind.NOISE);
                assertThat(cleaner.clean(punctuation)).extracting(Removal::kind).containsExactly(Kind.NOISE);
                assertThat(cleaner.clean("Photo: " + words)).isEmpty();
            });
        }

        @Test
        void handlesManyShortLinesQuickly() {
            var text = "Loading\nJapan has joined Western sanctions against Russia.\n\n".repeat(20_000);
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertThat(cleaner.clean(text)).hasSize(20_000));
        }
    }
}
