package dev.tagbench.bench;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sentences {@link SearchBenchmark} searches, as SQL over a sentence number {@code n}.
 *
 * <p>{@link #NEWS}: word frequencies as in running text. Nine sentences in ten are drawn word by word
 * from a 50,000-word vocabulary with Zipf's law (the word of rank r about 1/r as often as the most
 * common one), one in ten comes from eight news templates (troops, drone attacks, pledges over 24
 * places); one in seven of the drawn sentences carries a label at random, the template sentences
 * carry the label their template says. A word of rank 25 is then in about one sentence in 17, a
 * template word such as {@code troops} in one in 40, a place in one in 240.
 *
 * <p>{@link #TEMPLATES}: only the eight templates, so {@code troops} is in one sentence in four and
 * a label follows the words: the worst case for ranking, reported beside the first.
 */
enum SearchCorpus {
    NEWS,
    TEMPLATES;

    static final int VOCABULARY = 50_000;

    /** Syllables of the drawn words: every word is two to four of them, so none is a stop word. */
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "de", "pu", "ga", "li", "bo", "fe", "zu", "he"
    };

    private static final String PLACES = "array['Odesa','Kharkiv','Lviv','Sumy','Kherson','Dnipro','Mykolaiv',"
            + "'Zaporizhzhia','Poltava','Chernihiv','Vinnytsia','Izium','Bakhmut','Avdiivka','Kupiansk','Pokrovsk',"
            + "'Mariupol','Melitopol','Uman','Rivne','Lutsk','Ternopil','Irpin','Bucha']";

    private static final String ACTORS = "array['Japan','Germany','Canada','Norway','Poland','Sweden','Denmark',"
            + "'France','Britain','Spain','Italy','Finland']";

    private static final String TARGETS = "array['the port','a power station','an apartment block','a school',"
            + "'the railway station','a grain terminal','a hospital','the bridge']";

    /** The template of sentence {@code n}: its text depends on it, and so do its labels. */
    private static final String TEXT = """
            case %1$s %% 8
              when 0 then (%2$s)[1 + %1$s %% 12] || ' pledged ' || (%1$s %% 900 + 10) || ' million in aid to '
                          || (%3$s)[1 + (%1$s / 8) %% 24] || '.'
              when 1 then 'Troops were moving towards ' || (%3$s)[1 + (%1$s / 8) %% 24] || ' overnight, officials said.'
              when 2 then 'A drone attack hit ' || (%4$s)[1 + %1$s %% 8] || ' of ' || (%3$s)[1 + (%1$s / 8) %% 24] || '.'
              when 3 then 'The weather in ' || (%3$s)[1 + (%1$s / 8) %% 24] || ' stayed mild this week.'
              when 4 then (%2$s)[1 + %1$s %% 12] || ' said talks would resume in ' || (%3$s)[1 + (%1$s / 8) %% 24] || '.'
              when 5 then 'Shelling damaged ' || (%4$s)[1 + %1$s %% 8] || ' near ' || (%3$s)[1 + (%1$s / 8) %% 24]
                          || ', killing ' || (%1$s %% 9 + 2) || ' people.'
              when 6 then 'Prices of fuel rose by ' || (%1$s %% 30 + 1) || ' percent in ' || (%3$s)[1 + (%1$s / 8) %% 24] || '.'
              else 'Officials in ' || (%3$s)[1 + (%1$s / 8) %% 24] || ' denied reports of troops crossing the river.'
            end""";

    private static final String LABELS = "(case %1$s %% 8 when 0 then '{pledge}' when 1 then '{troop_claim}'"
            + " when 2 then '{attack_report}' when 5 then '{attack_report}' when 7 then '{troop_claim}'"
            + " else '{}' end)::text[]";

    /** The text of sentence {@code n}. */
    String text(String n) {
        var template = TEXT.formatted(this == NEWS ? "(" + n + " / 10)" : n, ACTORS, PLACES, TARGETS);
        if (this == TEMPLATES) {
            return template;
        }
        var uniform = "((hashint8(" + n + " * 64 + w) & 2147483647) / 2147483648.0)";
        return "case when " + n + " % 10 = 0 then " + template
                + " else (select string_agg(v.word, ' ' order by w) from generate_series(1, 12 + " + n
                + " % 13) w join bench_vocabulary v on v.rank = floor(exp(" + uniform + " * ln(" + VOCABULARY
                + ")))::int) || '.' end";
    }

    /** The labels the text of sentence {@code n} should get. */
    String labels(String n) {
        if (this == TEMPLATES) {
            return LABELS.formatted(n);
        }
        return "(case when " + n + " % 10 = 0 then " + LABELS.formatted("(" + n + " / 10)") + " when (hashint8("
                + n + ") & 255) < 37 then array[(array['pledge', 'attack_report', 'troop_claim'])[1 + (" + n
                + " / 10) % 3]] else '{}'::text[] end)";
    }

    /** What people search for: words, stems, phrases, or, and a word left out. */
    List<String> queries() {
        if (this == TEMPLATES) {
            return List.of(
                    "troops",
                    "drone attack",
                    "\"drone attack\" port",
                    "Kharkiv",
                    "pledged million",
                    "shelling killing",
                    "troops -river",
                    "moving towards Odesa",
                    "Lviv or Sumy",
                    "talks resume",
                    "prices fuel",
                    "attacks");
        }
        return List.of(
                "troops",
                "drone attack",
                "\"drone attack\" port",
                "Kharkiv",
                word(25),
                word(250),
                word(2_500),
                word(40) + " " + word(400),
                "\"" + word(30) + " " + word(31) + "\"",
                word(60) + " or " + word(600),
                word(80) + " -" + word(8),
                "Lviv or Sumy");
    }

    /** The vocabulary's word of rank {@code rank}: its syllables spell {@code rank + 16} in base 16. */
    static String word(int rank) {
        var word = new StringBuilder();
        for (var digit : Integer.toString(rank + 16, 16).toCharArray()) {
            word.append(SYLLABLES[Character.digit(digit, 16)]);
        }
        return word.toString();
    }

    /** Stores the vocabulary {@link #NEWS} draws from, once. */
    static void storeVocabulary(JdbcClient jdbc) {
        jdbc.sql("create table if not exists bench_vocabulary (rank integer primary key, word text not null)")
                .update();
        var values = new ArrayList<String>();
        for (var rank = 1; rank <= VOCABULARY; rank++) {
            values.add(word(rank));
        }
        jdbc.sql("insert into bench_vocabulary select r, (cast(:words as text[]))[r]"
                        + " from generate_series(1, :count) r on conflict do nothing")
                .param("words", values.toArray(String[]::new))
                .param("count", VOCABULARY)
                .update();
    }
}
