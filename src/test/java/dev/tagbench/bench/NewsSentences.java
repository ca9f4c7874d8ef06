package dev.tagbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Labelled news sentences for the suggestion benchmark, made from templates with large, varied
 * vocabularies, so that a few labelled examples share few words with the sentences they are tested
 * on (as in real news) while their meaning is the same. Articles mix pledges, attack reports, troop
 * claims, a few pledges of troops (two labels), and many unlabelled sentences, some of them using
 * the same words (aid, troops, strikes) without being one. A few labels are flipped, as careful
 * curators still disagree.
 */
final class NewsSentences {

    /** A sentence of an article with its labels. */
    record Labelled(long articleId, String text, List<String> labels) {}

    static final List<String> LABELS = List.of("pledge", "attack_report", "troop_claim");

    private static final String[] COUNTRIES = {
        "Japan",
        "Germany",
        "Canada",
        "Norway",
        "Poland",
        "the Netherlands",
        "Sweden",
        "Denmark",
        "France",
        "Britain",
        "Spain",
        "Italy",
        "Finland",
        "Estonia",
        "Australia",
        "South Korea"
    };
    private static final String[] PLACES = {
        "Odesa",
        "Kharkiv",
        "Dnipro",
        "Zaporizhzhia",
        "Kherson",
        "Sumy",
        "Lviv",
        "Mykolaiv",
        "Poltava",
        "Chernihiv",
        "Kramatorsk",
        "Pokrovsk",
        "Izium",
        "Kupiansk",
        "Bakhmut",
        "Avdiivka"
    };
    private static final String[] OFFICIALS = {
        "The defence minister",
        "The prime minister",
        "A government spokesperson",
        "The foreign minister",
        "The president",
        "A senior official",
        "The finance minister",
        "The ambassador"
    };

    private static final String[][] PLEDGE = {
        {"{C} pledged {M} in {AID} to Ukraine on {D}.", "{C} promised a further {M} for {PURPOSE}."},
        {
            "{O} said {C} would {GIVE} {ARMS} before the end of the year.",
            "{C} committed {M} to {PURPOSE} over the next {N} years."
        },
        {"{C} vowed to {GIVE} {ARMS} to Kyiv as soon as possible.", "{C} earmarked {M} for {PURPOSE}, {O} announced."},
        {
            "Leaders of {C} agreed to {FUND} {PURPOSE} with {M}.",
            "{O} told reporters that {C} will {GIVE} {ARMS} next month."
        },
        {"{C} announced a new package of {ARMS} worth {M}.", "{C} undertook to cover {PURPOSE} until {YEAR}."}
    };
    private static final String[][] ATTACK = {
        {"{W} {HIT} {T} in {P} {WHEN}, {HARM}.", "{P} came under {FIRE} {WHEN}, the regional governor said."},
        {
            "At least {N} people were {KILLED} when {w} {HIT} {T} in {P}.",
            "{W} {HIT} {T} near {P}, cutting power to thousands."
        },
        {"Rescuers searched the rubble after {w} {HIT} {T} in {P}.", "Explosions shook {P} {WHEN} as {w} {HIT} {T}."},
        {"{W} {HIT} {T} on the outskirts of {P}, {HARM}.", "The city of {P} was shelled {WHEN}, {HARM}."}
    };
    private static final String[][] TROOPS = {
        {"{SRC} claimed that {K} {SOLDIERS} had moved to {LOC}.", "{SIDE} forces {MOVE} near {P}, according to {SRC2}."
        },
        {
            "{SRC} estimated that {K} {SOLDIERS} were stationed along the {FRONT}.",
            "{SIDE} units {MOVE} around {P}, {SRC2} said."
        },
        {
            "According to {SRC2}, {SIDE} has massed {K} {SOLDIERS} near {P}.",
            "{SRC} said some {K} {SOLDIERS} crossed into {LOC}."
        }
    };
    private static final String[] TROOP_PLEDGE = {
        "{C} pledged to send {K} {SOLDIERS} to train Ukrainian units in {LOC}.",
        "{O} promised that {C} would deploy {K} {SOLDIERS} to {LOC}."
    };
    private static final String[] NEUTRAL = {
        "{O} met officials from {C} in {P} to discuss {TOPIC}.",
        "Prices of {GOODS} in {P} rose by {N} percent last month.",
        "The parliament of {C} will debate the {TOPIC} next week.",
        "Residents of {P} queued for {GOODS} on {D}.",
        "Analysts said the debate over {AID} for Ukraine could take months.",
        "{O} thanked {C} for its support during a visit to {P}.",
        "Schools in {P} reopened after the summer holidays.",
        "The {EVENT} in {P} was postponed until {YEAR}.",
        "{O} declined to comment on {TOPIC}.",
        "The weather in {P} stayed mild and dry on {D}.",
        "Exports of {GOODS} through the Black Sea reached a new high.",
        "A court in {P} sentenced a former mayor for corruption.",
        "Historians recalled how {SOLDIERS} once defended {P} in the last century.",
        "Critics in {C} questioned whether {AID} reached the people who needed it.",
        "{O} visited a memorial to victims of past strikes in {P}.",
        "Journalists from {C} toured {P} with the local administration.",
        "The central bank kept its key interest rate at {N} percent.",
        "Volunteers in {P} collected {GOODS} for families who lost their homes."
    };

    private static final String[][] WORDS = {
        {
            "AID",
            "military aid",
            "humanitarian aid",
            "financial support",
            "defence assistance",
            "budget support",
            "reconstruction funds",
            "economic help"
        },
        {
            "PURPOSE",
            "rebuilding the energy grid",
            "demining farmland",
            "air defence",
            "repairing schools",
            "housing for displaced families",
            "the armed forces",
            "winter heating",
            "field hospitals"
        },
        {"GIVE", "send", "deliver", "supply", "ship", "provide", "hand over", "transfer"},
        {"FUND", "finance", "pay for", "bankroll", "underwrite"},
        {
            "ARMS",
            "air defence systems",
            "artillery shells",
            "armoured vehicles",
            "attack drones",
            "tanks",
            "long-range missiles",
            "fighter jets",
            "mine-clearing equipment",
            "radar systems"
        },
        {
            "W",
            "A missile",
            "A drone",
            "A guided bomb",
            "Artillery fire",
            "A cruise missile",
            "A glide bomb",
            "Rocket fire",
            "A ballistic missile"
        },
        {"w", "a missile", "a drone", "a guided bomb", "artillery fire", "a cruise missile", "a glide bomb", "a rocket"
        },
        {"HIT", "hit", "struck", "slammed into", "destroyed", "damaged", "tore through", "ripped through"},
        {
            "T",
            "a residential building",
            "a power station",
            "the railway depot",
            "a grain terminal",
            "a hospital",
            "a crowded market",
            "an apartment block",
            "a school",
            "a fuel depot"
        },
        {"FIRE", "heavy shelling", "a massive drone attack", "rocket fire", "an air strike", "artillery bombardment"},
        {"WHEN", "overnight", "early on Sunday", "late on Tuesday", "before dawn", "on Friday afternoon"},
        {
            "HARM",
            "killing three people",
            "injuring at least a dozen",
            "starting a large fire",
            "leaving two dead",
            "wounding several civilians"
        },
        {"KILLED", "killed", "wounded", "injured", "hurt"},
        {
            "SRC",
            "Ukraine's military intelligence",
            "The general staff",
            "A Western intelligence report",
            "A military analyst",
            "The border guard service",
            "Satellite images, analysts said,"
        },
        {
            "SRC2",
            "the general staff",
            "military intelligence",
            "Western officials",
            "a war monitor",
            "the defence ministry",
            "independent analysts"
        },
        {"SOLDIERS", "soldiers", "troops", "servicemen", "paratroopers", "marines", "reservists", "mechanised units"},
        {"SIDE", "Russian", "Belarusian", "Ukrainian", "enemy"},
        {"MOVE", "advanced", "regrouped", "withdrew", "massed", "dug in", "pulled back", "gathered"},
        {
            "LOC",
            "the border",
            "the Belgorod region",
            "occupied Crimea",
            "the Kursk region",
            "the northern front",
            "the Zaporizhzhia front",
            "southern Belarus"
        },
        {"FRONT", "eastern front", "northern border", "Dnipro river", "front line", "southern front"},
        {
            "TOPIC",
            "grain exports",
            "energy prices",
            "the new budget",
            "the peace summit",
            "refugee housing",
            "sanctions policy",
            "the reform bill",
            "EU membership"
        },
        {"GOODS", "bread", "fuel", "medicine", "drinking water", "electricity", "sugar", "warm clothes"},
        {"EVENT", "music festival", "football match", "trade fair", "film festival", "marathon"},
        {"D", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    };

    private NewsSentences() {}

    /** Articles of eight sentences each, about one in seven sentences per label. */
    static List<Labelled> generate(int articles, long seed, double labelNoise) {
        var random = new Random(seed);
        var sentences = new ArrayList<Labelled>();
        for (var article = 0; article < articles; article++) {
            for (var i = 0; i < 8; i++) {
                var roll = random.nextDouble();
                List<String> labels;
                String template;
                if (roll < 0.14) {
                    template = pick(random, PLEDGE[random.nextInt(PLEDGE.length)]);
                    labels = List.of("pledge");
                } else if (roll < 0.28) {
                    template = pick(random, ATTACK[random.nextInt(ATTACK.length)]);
                    labels = List.of("attack_report");
                } else if (roll < 0.39) {
                    template = pick(random, TROOPS[random.nextInt(TROOPS.length)]);
                    labels = List.of("troop_claim");
                } else if (roll < 0.42) {
                    template = pick(random, TROOP_PLEDGE);
                    labels = List.of("pledge", "troop_claim");
                } else {
                    template = pick(random, NEUTRAL);
                    labels = List.of();
                }
                if (random.nextDouble() < labelNoise) {
                    var flipped = new ArrayList<>(labels);
                    var label = LABELS.get(random.nextInt(LABELS.size()));
                    if (!flipped.remove(label)) {
                        flipped.add(label);
                    }
                    labels = List.copyOf(flipped);
                }
                sentences.add(new Labelled(article, fill(template, random), labels));
            }
        }
        return sentences;
    }

    private static String fill(String template, Random random) {
        var text = template;
        for (var words : WORDS) {
            while (text.contains("{" + words[0] + "}")) {
                text = text.replaceFirst("\\{" + words[0] + "}", words[1 + random.nextInt(words.length - 1)]);
            }
        }
        text = text.replace("{C}", pick(random, COUNTRIES))
                .replace("{P}", pick(random, PLACES))
                .replace("{O}", pick(random, OFFICIALS))
                .replace(
                        "{M}",
                        (1 + random.nextInt(900)) + (random.nextBoolean() ? " million euros" : " million dollars"))
                .replace("{N}", String.valueOf(2 + random.nextInt(30)))
                .replace("{K}", String.format("%,d", (1 + random.nextInt(60)) * 500))
                .replace("{YEAR}", String.valueOf(2025 + random.nextInt(5)));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
