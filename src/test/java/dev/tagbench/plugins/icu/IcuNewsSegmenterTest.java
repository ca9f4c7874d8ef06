package dev.tagbench.plugins.icu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.ingest.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IcuNewsSegmenterTest {

    private final IcuNewsSegmenter segmenter = new IcuNewsSegmenter();

    /** Segments {@code text} as a single block and checks the result against the contract. */
    private List<String> sentences(String text) {
        return sentences(text, List.of(new TextSpan(0, text.length())));
    }

    private List<String> sentences(String text, List<TextSpan> blocks) {
        var spans = segmenter.segment(text, blocks);
        assertWellFormed(text, blocks, spans);
        return spans.stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    private void assertSentences(String text, String... expected) {
        assertThat(sentences(text)).as("sentences of <%s>", text).containsExactly(expected);
    }

    /** In text order, non-overlapping, each inside one block, trimmed and non-empty. */
    private static void assertWellFormed(String text, List<TextSpan> blocks, List<TextSpan> spans) {
        int previousEnd = 0;
        for (var span : spans) {
            assertThat(span.start())
                    .as("span %s starts after the previous one", span)
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.isEmpty()).as("span %s is empty", span).isFalse();
            assertThat(blocks)
                    .as("span %s lies inside one block", span)
                    .anyMatch(block -> block.start() <= span.start() && span.end() <= block.end());
            var sentence = span.of(text);
            assertThat(IcuNewsSegmenter.isSpace(sentence.codePointAt(0)))
                    .as("<%s> is trimmed", sentence)
                    .isFalse();
            assertThat(IcuNewsSegmenter.isSpace(sentence.codePointBefore(sentence.length())))
                    .as("<%s> is trimmed", sentence)
                    .isFalse();
            previousEnd = span.end();
        }
    }

    /** Blocks of {@code text} separated by blank lines, as Tagbench's ingest produces them. */
    private static List<TextSpan> paragraphs(String text) {
        var blocks = new ArrayList<TextSpan>();
        int start = 0;
        for (int gap = text.indexOf("\n\n"); gap >= 0; gap = text.indexOf("\n\n", start)) {
            blocks.add(new TextSpan(start, gap));
            start = gap + 2;
        }
        blocks.add(new TextSpan(start, text.length()));
        return blocks;
    }

    @Nested
    class Plugin {

        @Test
        void has_a_stable_id_and_a_readable_name() {
            assertThat(segmenter.id()).isEqualTo("icu-news");
            assertThat(segmenter.name()).isEqualTo("ICU sentences with news rules");
            assertThat(segmenter.version()).isNotBlank();
        }

        @Test
        void gives_the_same_sentences_when_shared_between_threads() throws Exception {
            var text = "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went "
                    + "to the store. I work for the U.S. Government in Virginia. 1) The first item 2) The second item";
            var expected = sentences(text);
            assertThat(expected).hasSize(6);
            try (var pool = Executors.newFixedThreadPool(4)) {
                var tasks = IntStream.range(0, 200)
                        .mapToObj(i -> (Callable<List<String>>) () -> sentences(text))
                        .toList();
                for (var result : pool.invokeAll(tasks)) {
                    assertThat(result.get()).isEqualTo(expected);
                }
            }
        }

        @Test
        void keeps_the_contract_on_random_text() {
            String[] parts = {
                "a",
                "Mr.",
                " ",
                "\n",
                "\r\n",
                ".",
                "...",
                "…",
                "!",
                "?",
                "\"",
                "“",
                "”",
                "'",
                "(",
                ")",
                "1.",
                "2)",
                "a.",
                "b.",
                "•",
                "-",
                "U.S.",
                "The",
                "he",
                "I.",
                "J.",
                "http://x.com/a?b",
                "x@y.com",
                "\u00A0",
                ":",
                "$5.00",
                "iPhone",
                "2000",
                "Dec.",
                ". . ."
            };
            var random = new Random(7);
            for (int n = 0; n < 3000; n++) {
                var text = new StringBuilder();
                IntStream.range(0, random.nextInt(20)).forEach(i -> text.append(parts[random.nextInt(parts.length)]));
                int cut = random.nextInt(text.length() + 1);
                // sentences() checks order, trimming and that every sentence stays inside one block.
                sentences(text.toString(), List.of(new TextSpan(0, cut), new TextSpan(cut, text.length())));
            }
        }

        @Test
        void rejects_a_block_beyond_the_text() {
            assertThatThrownBy(() -> segmenter.segment("Short.", List.of(new TextSpan(0, 20))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Blocks {

        @Test
        void returns_nothing_for_no_blocks_or_blank_blocks() {
            assertThat(segmenter.segment("", List.of())).isEmpty();
            assertThat(segmenter.segment("Some text.", List.of())).isEmpty();
            assertThat(sentences(" \u00A0\n\t ")).isEmpty();
            assertThat(sentences("")).isEmpty();
        }

        @Test
        void segments_each_block_with_offsets_into_the_whole_text() {
            var text = "First para. Second sentence.\n\nThird para has Mr. Smith in it.\n\n\u00A0Fourth.\u2003";
            var spans = segmenter.segment(text, paragraphs(text));
            assertThat(spans)
                    .containsExactly(
                            new TextSpan(0, 11), new TextSpan(12, 28), new TextSpan(30, 61), new TextSpan(64, 71));
            assertThat(sentences(text, paragraphs(text)))
                    .containsExactly("First para.", "Second sentence.", "Third para has Mr. Smith in it.", "Fourth.");
        }

        @Test
        void never_lets_a_sentence_cross_a_block_boundary() {
            var text = "I work for the U.S. Government in Virginia.";
            var blocks = List.of(new TextSpan(0, 19), new TextSpan(19, text.length()));
            assertThat(segmenter.segment(text, blocks)).containsExactly(new TextSpan(0, 19), new TextSpan(20, 43));
            assertThat(sentences(text, blocks)).containsExactly("I work for the U.S.", "Government in Virginia.");

            var quote = "'Stop!' she said.";
            assertThat(sentences(quote, List.of(new TextSpan(0, 7), new TextSpan(7, quote.length()))))
                    .containsExactly("'Stop!'", "she said.");
        }

        @Test
        void ignores_text_outside_the_blocks() {
            var text = "Kyiv was attacked. [advert: Buy now! Cheap!] No casualties were reported.";
            var blocks = List.of(new TextSpan(0, 18), new TextSpan(45, text.length()));
            assertThat(segmenter.segment(text, blocks)).containsExactly(new TextSpan(0, 18), new TextSpan(45, 73));
            assertThat(sentences(text, blocks)).containsExactly("Kyiv was attacked.", "No casualties were reported.");
        }

        @Test
        void trims_unicode_spaces_around_sentences() {
            assertSentences("\u00A0\u2003 Hello there. \u202F\u3000How are you?\u00A0", "Hello there.", "How are you?");
            assertSentences("\uFEFF\u200BByte order marks are not content.\u200B", "Byte order marks are not content.");
        }

        @Test
        void merges_punctuation_only_pieces_into_the_sentence_before() {
            assertSentences("He left. !!!", "He left. !!!");
            assertSentences("He left. \u2014", "He left. \u2014");
        }

        @Test
        void drops_punctuation_with_no_sentence_before_it() {
            assertSentences(":");
            assertSentences("* * *");
            assertSentences("!!! Wow.", "Wow.");
        }
    }

    @Nested
    class GoldenRules {

        @Test
        void splits_at_periods_question_marks_and_exclamation_points() {
            assertSentences("Hello World. My name is Jonas.", "Hello World.", "My name is Jonas.");
            assertSentences("What is your name? My name is Jonas.", "What is your name?", "My name is Jonas.");
            assertSentences("There it is! I found it.", "There it is!", "I found it.");
        }

        @Test
        void keeps_initials_inside_a_name() {
            assertSentences("My name is Jonas E. Smith.", "My name is Jonas E. Smith.");
            assertSentences(
                    "John F. Kennedy was the president. J. R. R. Tolkien wrote The Hobbit.",
                    "John F. Kennedy was the president.",
                    "J. R. R. Tolkien wrote The Hobbit.");
        }

        @Test
        void tells_the_pronoun_I_at_a_sentence_end_from_an_initial() {
            assertSentences(
                    "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
                    "We make a good team, you and I.",
                    "Did you see Albert I. Jones yesterday?");
        }

        @Test
        void keeps_lower_case_abbreviations_inside_the_sentence() {
            assertSentences("Please turn to p. 55.", "Please turn to p. 55.");
            assertSentences("Were Jane and co. at the party?", "Were Jane and co. at the party?");
            assertSentences(
                    "They closed the deal with Pitt, Briggs & Co. at noon.",
                    "They closed the deal with Pitt, Briggs & Co. at noon.");
        }

        @Test
        void ends_a_sentence_at_an_abbreviation_before_a_new_sentence() {
            assertSentences("Let's ask Jane and co. They should know.", "Let's ask Jane and co.", "They should know.");
            assertSentences(
                    "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
                    "They closed the deal with Pitt, Briggs & Co.",
                    "It closed yesterday.");
        }

        @Test
        void keeps_prepositive_and_postpositive_abbreviations() {
            assertSentences("I can see Mt. Fuji from here.", "I can see Mt. Fuji from here.");
            assertSentences(
                    "St. Michael's Church is on 5th st. near the light.",
                    "St. Michael's Church is on 5th st. near the light.");
            assertSentences("That is JFK Jr.'s book.", "That is JFK Jr.'s book.");
        }

        @Test
        void ends_a_sentence_at_a_multi_period_abbreviation_only_before_a_sentence_starter() {
            assertSentences("I visited the U.S.A. last year.", "I visited the U.S.A. last year.");
            assertSentences("I live in the E.U. How about you?", "I live in the E.U.", "How about you?");
            assertSentences("I live in the U.S. How about you?", "I live in the U.S.", "How about you?");
            assertSentences(
                    "I work for the U.S. Government in Virginia.", "I work for the U.S. Government in Virginia.");
            assertSentences("I have lived in the U.S. for 20 years.", "I have lived in the U.S. for 20 years.");
        }

        @Test
        void ends_a_sentence_at_am_or_pm_unless_it_opens_the_sentence() {
            assertSentences(
                    "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
                    "At 5 a.m. Mr. Smith went to the bank.",
                    "He left the bank at 6 P.M.",
                    "Mr. Smith then went to the store.");
        }

        @Test
        void keeps_decimal_amounts_of_money() {
            assertSentences("She has $100.00 in her bag.", "She has $100.00 in her bag.");
            assertSentences("She has $100.00. It is in her bag.", "She has $100.00.", "It is in her bag.");
        }

        @Test
        void keeps_a_parenthetical_sentence_inside_its_sentence() {
            assertSentences(
                    "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
                    "He teaches science (He previously worked for 5 years as an engineer.) at the local University.");
        }

        @Test
        void ends_a_sentence_right_after_an_email_address_or_url() {
            assertSentences(
                    "Her email is Jane.Doe@example.com. I sent her an email.",
                    "Her email is Jane.Doe@example.com.",
                    "I sent her an email.");
            assertSentences(
                    "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
                    "The site is: https://www.example.50.com/new-site/awesome_content.html.",
                    "Please check it out.");
        }

        @Test
        void keeps_a_quotation_followed_by_its_attribution() {
            assertSentences(
                    "She turned to him, 'This is great.' she said.", "She turned to him, 'This is great.' she said.");
            assertSentences(
                    "She turned to him, \"This is great.\" she said.",
                    "She turned to him, \"This is great.\" she said.");
        }

        @Test
        void ends_a_sentence_after_a_closing_quote_before_a_new_sentence() {
            assertSentences(
                    "She turned to him, \"This is great.\" She held the book out to show him.",
                    "She turned to him, \"This is great.\"",
                    "She held the book out to show him.");
        }

        @Test
        void splits_after_double_punctuation() {
            assertSentences("Hello!! Long time no see.", "Hello!!", "Long time no see.");
            assertSentences("Hello?? Who is there?", "Hello??", "Who is there?");
            assertSentences("Hello!? Is that you?", "Hello!?", "Is that you?");
            assertSentences("Hello?! Is that you?", "Hello?!", "Is that you?");
        }

        @Test
        void splits_inline_numbered_lists_into_items() {
            assertSentences("1.) The first item 2.) The second item", "1.) The first item", "2.) The second item");
            assertSentences("1.) The first item. 2.) The second item.", "1.) The first item.", "2.) The second item.");
            assertSentences("1) The first item 2) The second item", "1) The first item", "2) The second item");
            assertSentences("1) The first item. 2) The second item.", "1) The first item.", "2) The second item.");
            assertSentences("1. The first item 2. The second item", "1. The first item", "2. The second item");
            assertSentences("1. The first item. 2. The second item.", "1. The first item.", "2. The second item.");
        }

        @Test
        void splits_bulleted_and_lettered_inline_lists_into_items() {
            assertSentences(
                    "• 9. The first item • 10. The second item", "• 9. The first item", "• 10. The second item");
            assertSentences("⁃9. The first item ⁃10. The second item", "⁃9. The first item", "⁃10. The second item");
            assertSentences(
                    "a. The first item b. The second item c. The third list item",
                    "a. The first item",
                    "b. The second item",
                    "c. The third list item");
        }

        @Test
        void keeps_a_number_after_a_number_sign_abbreviation() {
            assertSentences(
                    "You can find it at N°. 1026.253.553. That is where the treasure is.",
                    "You can find it at N°. 1026.253.553.",
                    "That is where the treasure is.");
        }

        @Test
        void keeps_a_name_that_ends_in_an_exclamation_point() {
            assertSentences(
                    "She works at Yahoo! in the accounting department.",
                    "She works at Yahoo! in the accounting department.");
        }

        @Test
        void keeps_an_ellipsis_that_ends_a_quotation() {
            assertSentences(
                    "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
                    "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”");
        }

        @Test
        void keeps_bracketed_ellipses_and_the_citation_after_a_quotation() {
            assertSentences(
                    "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
                    "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).");
        }

        @Test
        void ends_a_sentence_at_a_four_dot_ellipsis() {
            assertSentences(
                    "If words are left off at the end of a sentence, and that is all that is omitted, indicate the "
                            + "omission with ellipsis marks (preceded and followed by a space) and then indicate the end of "
                            + "the sentence with a period . . . . Next sentence.",
                    "If words are left off at the end of a sentence, and that is all that is omitted, indicate the "
                            + "omission with ellipsis marks (preceded and followed by a space) and then indicate the end of "
                            + "the sentence with a period . . . .",
                    "Next sentence.");
            assertSentences(
                    "I never meant that.... She left the store.", "I never meant that....", "She left the store.");
        }

        @Test
        void keeps_spaced_ellipses_inside_the_sentence() {
            assertSentences(
                    "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
                    "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.");
        }

        @Test
        void opens_the_next_sentence_with_the_ellipsis_after_a_period() {
            assertSentences(
                    "One further habit which was somewhat weakened . . . was that of combining words into "
                            + "self-interpreting compounds. . . . The practice was not abandoned. . . .",
                    "One further habit which was somewhat weakened . . . was that of combining words into "
                            + "self-interpreting compounds.",
                    ". . . The practice was not abandoned. . . .");
        }

        @Test
        void splits_sentences_written_without_a_space_between_them() {
            assertSentences(
                    "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
                    "Hello world.",
                    "Today is Tuesday.",
                    "Mr. Smith went to the store and bought 1,000.",
                    "That is a lot.");
        }

        @Test
        void joins_lines_broken_in_the_middle_of_a_sentence() {
            assertSentences(
                    "This is a sentence\ncut off in the middle because pdf.",
                    "This is a sentence\ncut off in the middle because pdf.");
            assertSentences("It was a cold \nnight in the city.", "It was a cold \nnight in the city.");
        }

        @Test
        void splits_a_lower_case_list_of_lines() {
            assertSentences(
                    "features\ncontact manager\nevents, activities\n",
                    "features",
                    "contact manager",
                    "events, activities");
        }
    }

    @Nested
    class NewsAbbreviations {

        @Test
        void keeps_military_and_political_titles_with_the_name() {
            assertSentences(
                    "Gen. Mark Milley said so. Sen. Elizabeth Warren agreed.",
                    "Gen. Mark Milley said so.",
                    "Sen. Elizabeth Warren agreed.");
            assertSentences(
                    "Lt. Col. John Smith spoke. Maj. Gen. Adams spoke.",
                    "Lt. Col. John Smith spoke.",
                    "Maj. Gen. Adams spoke.");
            assertSentences(
                    "Gov. Gavin Newsom and Rep. Nancy Pelosi met Capt. Sgt. Jones.",
                    "Gov. Gavin Newsom and Rep. Nancy Pelosi met Capt. Sgt. Jones.");
            assertSentences(
                    "Adm. John Aquilino and Cmdr. Jane Roe met Pres. Joe Biden. Rev. Martin Luther King Jr. spoke.",
                    "Adm. John Aquilino and Cmdr. Jane Roe met Pres. Joe Biden.",
                    "Rev. Martin Luther King Jr. spoke.");
            assertSentences(
                    "Prof. Jane Doe and Hon. Justice Smith listened to Dr. Who.",
                    "Prof. Jane Doe and Hon. Justice Smith listened to Dr. Who.");
        }

        @Test
        void keeps_mr_and_mrs_with_what_follows() {
            assertSentences(
                    "Mr. and Mrs. Smith arrived. Ms. Lee left.", "Mr. and Mrs. Smith arrived.", "Ms. Lee left.");
        }

        @Test
        void ends_a_sentence_at_a_title_abbreviation_before_a_sentence_starter() {
            assertSentences("He lives on Main St. The house is big.", "He lives on Main St.", "The house is big.");
            assertSentences(
                    "The heir is John Smith Jr. The son is here.", "The heir is John Smith Jr.", "The son is here.");
        }

        @Test
        void keeps_place_abbreviations_with_the_place() {
            assertSentences(
                    "St. Louis is big. Ft. Lauderdale is sunny. Mt. Everest is high.",
                    "St. Louis is big.",
                    "Ft. Lauderdale is sunny.",
                    "Mt. Everest is high.");
        }

        @Test
        void keeps_an_abbreviated_month_with_its_date() {
            assertSentences(
                    "On Oct. 3, Russia attacked. The deal was signed Sept. 30 in Kyiv.",
                    "On Oct. 3, Russia attacked.",
                    "The deal was signed Sept. 30 in Kyiv.");
            assertSentences(
                    "This visit by Hayashi to Ukraine, which began on Sept. 9, was announced on the same day.",
                    "This visit by Hayashi to Ukraine, which began on Sept. 9, was announced on the same day.");
        }

        @Test
        void ends_a_sentence_at_an_abbreviated_month_before_a_sentence_starter() {
            assertSentences(
                    "The fund closes in Dec. The next one opens in Jan.",
                    "The fund closes in Dec.",
                    "The next one opens in Jan.");
        }

        @Test
        void keeps_number_and_versus_abbreviations() {
            assertSentences(
                    "It was No. 5 on the list. Trump vs. Biden was close. Smith v. Jones was decided.",
                    "It was No. 5 on the list.",
                    "Trump vs. Biden was close.",
                    "Smith v. Jones was decided.");
            assertSentences(
                    "See pp. 10-12 for details. It is shown in fig. 3 of the report.",
                    "See pp. 10-12 for details.",
                    "It is shown in fig. 3 of the report.");
        }

        @Test
        void ends_a_sentence_at_etc_only_before_a_sentence_starter() {
            assertSentences("Apples, pears, etc. are fruit.", "Apples, pears, etc. are fruit.");
            assertSentences(
                    "They sell apples, pears, etc. The shop is small.",
                    "They sell apples, pears, etc.",
                    "The shop is small.");
        }

        @Test
        void keeps_country_abbreviations_before_an_institution() {
            assertSentences(
                    "The U.S. Army said so. The U.S. Navy agreed.", "The U.S. Army said so.", "The U.S. Navy agreed.");
            assertSentences(
                    "The U.K. Parliament voted. The U.N. Security Council met.",
                    "The U.K. Parliament voted.",
                    "The U.N. Security Council met.");
            assertSentences(
                    "She lives in Washington, D.C. The capital is busy.",
                    "She lives in Washington, D.C.",
                    "The capital is busy.");
        }

        @Test
        void keeps_a_time_before_a_day_but_ends_one_before_a_sentence() {
            assertSentences("Meet me at 9 p.m. Tuesday.", "Meet me at 9 p.m. Tuesday.");
            assertSentences(
                    "The shop closes at 9 p.m. We will be there.", "The shop closes at 9 p.m.", "We will be there.");
            assertSentences(
                    "Dr. Smith and Mr. Jones met at 10 a.m. on Monday. They talked.",
                    "Dr. Smith and Mr. Jones met at 10 a.m. on Monday.",
                    "They talked.");
        }

        @Test
        void keeps_amounts_in_dollars_and_decimals() {
            assertSentences(
                    "It cost US$37 million. It cost $7.5 billion. It cost $100.00.",
                    "It cost US$37 million.",
                    "It cost $7.5 billion.",
                    "It cost $100.00.");
            assertSentences(
                    "The temperature rose to 37.5 degrees. It was 3.14 p.m. when we left.",
                    "The temperature rose to 37.5 degrees.",
                    "It was 3.14 p.m. when we left.");
            assertSentences(
                    "The vote was 5-4. Justice Smith dissented.", "The vote was 5-4.", "Justice Smith dissented.");
        }
    }

    @Nested
    class Quotations {

        @Test
        void keeps_quote_attribution_in_one_sentence() {
            assertSentences("\"This is great,\" she said.", "\"This is great,\" she said.");
            assertSentences("'Stop!' she said.", "'Stop!' she said.");
            assertSentences(
                    "“Japan is determined to support Ukraine so that peace can return,” she said.",
                    "“Japan is determined to support Ukraine so that peace can return,” she said.");
            assertSentences("“Is that all?” asked Kuleba.", "“Is that all?” asked Kuleba.");
        }

        @Test
        void gives_closing_quotes_to_the_sentence_they_close() {
            assertSentences(
                    "He asked, “Is it over?” She didn’t answer.", "He asked, “Is it over?”", "She didn’t answer.");
            assertSentences("“Is it over?” “Yes.”", "“Is it over?”", "“Yes.”");
            assertSentences("He said “no.”\nShe left.", "He said “no.”", "She left.");
        }

        @Test
        void splits_a_quotation_of_several_sentences_at_its_sentence_ends() {
            assertSentences(
                    "“Every day, Ukrainian cities are destroyed by Russian missiles and drones. They cannot "
                            + "capture us, so they are trying to destroy us,” he said.",
                    "“Every day, Ukrainian cities are destroyed by Russian missiles and drones.",
                    "They cannot capture us, so they are trying to destroy us,” he said.");
        }

        @Test
        void keeps_a_dash_attribution_with_the_quotation() {
            assertSentences(
                    "Japan is determined to continue supporting Ukraine so that peace can return to Ukraine. "
                            + "- Kamikawa said.",
                    "Japan is determined to continue supporting Ukraine so that peace can return to Ukraine. "
                            + "- Kamikawa said.");
            assertSentences("The war goes on. — Reuters", "The war goes on. — Reuters");
        }

        @Test
        void keeps_a_sentence_in_parentheses_inside_the_sentence_around_it() {
            assertSentences(
                    "The meeting (which ran late. Very late.) ended.",
                    "The meeting (which ran late. Very late.) ended.");
            assertSentences(
                    "Sen. Warren (D-Mass.) spoke. Then she left.", "Sen. Warren (D-Mass.) spoke.", "Then she left.");
        }
    }

    @Nested
    class Ellipses {

        @Test
        void keeps_an_ellipsis_before_a_lower_case_word() {
            assertSentences(
                    "I informed my colleague... about Ukraine's needs",
                    "I informed my colleague... about Ukraine's needs");
            assertSentences(
                    "I informed my colleague … of Ukraine’s needs.", "I informed my colleague … of Ukraine’s needs.");
            assertSentences("He paused... then he left.", "He paused... then he left.");
        }

        @Test
        void ends_a_sentence_at_an_ellipsis_glued_to_a_word_before_a_capital() {
            assertSentences("He paused… Then he left.", "He paused…", "Then he left.");
            assertSentences("He paused... Then he left.", "He paused...", "Then he left.");
        }

        @Test
        void keeps_a_spaced_ellipsis_before_a_capital() {
            assertSentences("He paused . . . Then he left.", "He paused . . . Then he left.");
        }
    }

    @Nested
    class Lists {

        @Test
        void splits_a_list_introduced_by_a_colon() {
            assertSentences("She said: 1. We go. 2. We stay.", "She said:", "1. We go.", "2. We stay.");
            assertSentences("Steps: 1) mix 2) stir 3) bake.", "Steps:", "1) mix", "2) stir", "3) bake.");
            assertSentences("(a) first item (b) second item", "(a) first item", "(b) second item");
        }

        @Test
        void never_leaves_an_enumerator_on_its_own() {
            assertSentences("1.\nThe first item", "1.\nThe first item");
            assertSentences("1. The first item.", "1. The first item.");
            assertSentences("•\nThe only item", "•\nThe only item");
        }

        @Test
        void ends_a_list_item_at_the_end_of_its_line() {
            assertSentences("• 9. Stop smoking \n• 10. Get some rest", "• 9. Stop smoking", "• 10. Get some rest");
            assertSentences(
                    "You will need the following:\n1. Flour for the dough.\n2. Sugar, to taste, and\na pinch of salt.",
                    "You will need the following:",
                    "1. Flour for the dough.",
                    "2. Sugar, to taste, and\na pinch of salt.");
            assertSentences(
                    "Items to bring.\n- apples\n- pears and\nmore pears.\n* plums",
                    "Items to bring.",
                    "- apples",
                    "- pears and\nmore pears.",
                    "* plums");
        }

        @Test
        void does_not_take_numbers_in_prose_for_a_list() {
            assertSentences(
                    "The team scored 2. Then they scored 3. It was 4. Later 5.",
                    "The team scored 2.",
                    "Then they scored 3.",
                    "It was 4.",
                    "Later 5.");
            assertSentences(
                    "He was born in 1990. 2000 was a good year.", "He was born in 1990.", "2000 was a good year.");
            assertSentences(
                    "Some 15,000 troops were sent. 12,000 of them are in Kursk. It ranked No. 3 in the poll.",
                    "Some 15,000 troops were sent.",
                    "12,000 of them are in Kursk.",
                    "It ranked No. 3 in the poll.");
        }
    }

    @Nested
    class WebAddresses {

        @Test
        void never_splits_inside_a_url() {
            assertSentences("Visit www.example.com for details.", "Visit www.example.com for details.");
            assertSentences(
                    "The site https://example.com/a?b=1!Abc works. Next.",
                    "The site https://example.com/a?b=1!Abc works.",
                    "Next.");
            assertSentences(
                    "See (https://en.wikipedia.org/wiki/Kyiv_(city)). It is old.",
                    "See (https://en.wikipedia.org/wiki/Kyiv_(city)).",
                    "It is old.");
        }

        @Test
        void never_splits_inside_an_email_address() {
            assertSentences(
                    "Write to john.smith@mail.example.org. We reply fast.",
                    "Write to john.smith@mail.example.org.",
                    "We reply fast.");
            assertSentences("Mail Jane.Doe@Example.Com today.", "Mail Jane.Doe@Example.Com today.");
        }
    }

    @Nested
    class CaseOfTheNextWord {

        @Test
        void joins_a_piece_that_starts_with_a_lower_case_word() {
            assertSentences(
                    "She works at Yahoo! in the accounting department. Who knew?",
                    "She works at Yahoo! in the accounting department.",
                    "Who knew?");
        }

        @Test
        void starts_a_sentence_at_a_camel_cased_name() {
            assertSentences(
                    "Apple grew. iPhone sales rose. eBay fell.", "Apple grew.", "iPhone sales rose.", "eBay fell.");
        }
    }

    @Nested
    class LineBreaksInsideABlock {

        @Test
        void ends_a_sentence_at_a_line_that_ends_in_terminal_punctuation() {
            assertSentences("He left.\nShe stayed.", "He left.", "She stayed.");
            assertSentences("He left.\r\nshe stayed.", "He left.", "she stayed.");
            assertSentences(
                    "“I can’t,” he said.\n“Why not?” she asked.", "“I can’t,” he said.", "“Why not?” she asked.");
        }

        @Test
        void reads_other_line_breaks_as_soft_wraps() {
            assertSentences(
                    "The minister arrived in Kyiv on\nSunday and met Kuleba.\r\nThey talked for an\r\nhour.",
                    "The minister arrived in Kyiv on\nSunday and met Kuleba.",
                    "They talked for an\r\nhour.");
            assertSentences(
                    "Organising your care early \nmeans you'll have months to build a good relationship with your "
                            + "midwife or doctor, ready for \nthe birth.",
                    "Organising your care early \nmeans you'll have months to build a good relationship with your "
                            + "midwife or doctor, ready for \nthe birth.");
        }

        @Test
        void reads_a_line_break_after_a_name_abbreviation_as_a_soft_wrap() {
            assertSentences("I met Mr.\nSmith yesterday.", "I met Mr.\nSmith yesterday.");
            assertSentences(
                    "I work for the U.S.\nGovernment in Virginia.", "I work for the U.S.\nGovernment in Virginia.");
            assertSentences("I live in the U.S.\nHow about you?", "I live in the U.S.", "How about you?");
        }

        @Test
        void ends_a_short_heading_line_before_a_capitalised_paragraph() {
            assertSentences(
                    "Japan pledges aid\nForeign Minister Yoko Kamikawa made a previously unannounced visit to "
                            + "Ukraine on Sunday, saying Tokyo would help.",
                    "Japan pledges aid",
                    "Foreign Minister Yoko Kamikawa made a previously unannounced visit to Ukraine on Sunday, saying "
                            + "Tokyo would help.");
        }

        @Test
        void ends_a_bulleted_line_before_a_capitalised_line() {
            var text = "  • Japanese Foreign Minister Yoko Kamikawa said on Sunday that Tokyo would allocate US$37 "
                    + "million to Kyiv to provide a drone detection system\n"
                    + "  • ‘Japan is determined to support Ukraine so that peace can return,’ she said. Tokyo has "
                    + "allocated some US$1 billion in humanitarian aid to Kyiv so far\n"
                    + "Ukraine war";
            assertSentences(
                    text,
                    "• Japanese Foreign Minister Yoko Kamikawa said on Sunday that Tokyo would allocate US$37 million "
                            + "to Kyiv to provide a drone detection system",
                    "• ‘Japan is determined to support Ukraine so that peace can return,’ she said.",
                    "Tokyo has allocated some US$1 billion in humanitarian aid to Kyiv so far",
                    "Ukraine war");
        }
    }

    /** Whole paragraphs of the news articles in /work/shared/seeds, each one line there. */
    @Nested
    class NewsParagraphs {

        @Test
        void keeps_a_sentence_with_dashes_and_a_dollar_amount_whole() {
            var paragraph =
                    "Kamikawa — on her visit to the country as Japan's top diplomat — held talks with Ukrainian "
                            + "Foreign Minister Dmytro Kuleba in Kyiv, pledging during a news conference held in a bomb shelter "
                            + "to dole out a $37 million contribution to a NATO fund that will provide the anti-drone system and "
                            + "other gear.";
            assertSentences(paragraph, paragraph);
        }

        @Test
        void keeps_a_quotation_with_nested_quotes_and_a_period_after_the_closing_quote_whole() {
            var paragraph =
                    "Japan’s foreign ministry earlier said Kamikawa would “demonstrate Japan’s determination to "
                            + "uphold the international order based on the ‘rule of law’ from the perspective that unilateral "
                            + "changes to the status quo by force, such as Russia’s aggression against Ukraine, cannot be accepted”.";
            assertSentences(paragraph, paragraph);
            var telegram = "In a Telegram message, he applauded Japan for its “decision to allocate US$1 billion for "
                    + "humanitarian projects and reconstruction, with a readiness to increase this amount to US$4.5 billion "
                    + "through the mechanisms of international institutions”.";
            assertSentences(telegram, telegram);
        }

        @Test
        void keeps_an_abbreviated_month_and_a_quotation_ending_in_a_straight_quote() {
            var paragraph = "Japan has been among the most vociferous supporters of Ukraine’s fight against Russia "
                    + "following Moscow’s Feb. 22, 2022, invasion of its neighbor, with Prime Minister Fumio Kishida "
                    + "repeatedly stressing the importance of beating back aggression and noting that “Ukraine today may "
                    + "be East Asia tomorrow.\"";
            assertSentences(paragraph, paragraph);
        }

        @Test
        void splits_a_paragraph_of_two_sentences() {
            assertSentences(
                    "Iwaya’s visit comes after the Ukrainian capital was attacked overnight by Russian drones, "
                            + "damaging residential buildings and infrastructure in Kyiv’s Obolon district. No casualties "
                            + "were reported.",
                    "Iwaya’s visit comes after the Ukrainian capital was attacked overnight by Russian drones, damaging "
                            + "residential buildings and infrastructure in Kyiv’s Obolon district.",
                    "No casualties were reported.");
            assertSentences(
                    "Japan has provided Ukraine with more than $7 billion in aid. It has also sent nonlethal "
                            + "defense gear to Kyiv.",
                    "Japan has provided Ukraine with more than $7 billion in aid.",
                    "It has also sent nonlethal defense gear to Kyiv.");
        }

        @Test
        void splits_a_quotation_from_the_next_quotation() {
            assertSentences(
                    "“Japan is determined to support Ukraine so that peace can return to Ukraine,” she said, "
                            + "sitting at a desk in a cellar with Kuleba. “I can feel how tense the situation in Ukraine "
                            + "is now.”",
                    "“Japan is determined to support Ukraine so that peace can return to Ukraine,” she said, sitting at "
                            + "a desk in a cellar with Kuleba.",
                    "“I can feel how tense the situation in Ukraine is now.”");
        }

        @Test
        void keeps_a_quotation_with_a_spaced_ellipsis_whole() {
            var paragraph =
                    "Sitting alongside his visitor, the Ukrainian foreign minister also noted Kyiv’s key ask of "
                            + "its allies, saying, “I informed my colleague … of Ukraine’s needs not only in aircraft, but above "
                            + "all in air defence systems.”";
            assertSentences(paragraph, paragraph);
        }

        @Test
        void keeps_dash_attributions_after_a_quotation() {
            var kuleba = "I informed my colleague... about Ukraine's needs not only for airplanes, but, above all, for "
                    + "air defense systems. - Dmytro Kuleba said at a press conference.";
            assertSentences(kuleba, kuleba);
            var kamikawa = "Japan is determined to continue supporting Ukraine so that peace can return to Ukraine. - "
                    + "Kamikawa said.";
            assertSentences(kamikawa, kamikawa);
        }

        @Test
        void splits_a_paragraph_ending_in_a_spaced_period() {
            assertSentences(
                    "date 2024-01-07 Foreign Minister Yoko Kamikawa promised to continue Japan's support for "
                            + "Ukraine during her visit to Kyiv. She said this during a press conference with Ukrainian "
                            + "Foreign Minister Dmytro Kuleba. The Japanese diplomat was quoted by Reuters, UNN reports .",
                    "date 2024-01-07 Foreign Minister Yoko Kamikawa promised to continue Japan's support for Ukraine "
                            + "during her visit to Kyiv.",
                    "She said this during a press conference with Ukrainian Foreign Minister Dmytro Kuleba.",
                    "The Japanese diplomat was quoted by Reuters, UNN reports .");
        }

        @Test
        void keeps_an_abbreviation_and_a_lower_case_continuation() {
            var paragraph =
                    "She announced that Tokyo would “allocate US$37 million to provide a drone detection system”.";
            assertSentences(paragraph, paragraph);
            var attribution = "“I once again strongly condemn Russia’s missile and drone attacks, particularly on New "
                    + "Year’s Day,” said Kamikawa, the first foreign guest in Ukraine this year.";
            assertSentences(attribution, attribution);
        }

        @Test
        void segments_an_article_of_several_paragraphs() {
            var text = "Japanese minister visits Ukraine over North Korean troops\n\n"
                    + "Japan’s foreign minister has arrived in Kyiv to discuss North Korea’s deepening military alliance "
                    + "with Russia.\n\n"
                    + "Iwaya’s visit comes after the Ukrainian capital was attacked overnight. No casualties were "
                    + "reported.\n\n"
                    + "Press Association – Samya Kullab, AP";
            var blocks = paragraphs(text);
            assertThat(blocks).hasSize(4);
            assertThat(sentences(text, blocks))
                    .containsExactly(
                            "Japanese minister visits Ukraine over North Korean troops",
                            "Japan’s foreign minister has arrived in Kyiv to discuss North Korea’s deepening military alliance "
                                    + "with Russia.",
                            "Iwaya’s visit comes after the Ukrainian capital was attacked overnight.",
                            "No casualties were reported.",
                            "Press Association – Samya Kullab, AP");
            var spans = segmenter.segment(text, blocks);
            assertThat(spans.get(0)).isEqualTo(new TextSpan(0, 57));
            assertThat(spans.get(2).start()).isEqualTo(blocks.get(2).start());
            assertThat(spans.get(4).end()).isEqualTo(text.length());
        }
    }
}
