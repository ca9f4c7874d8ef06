package dev.tagbench.plugins.icu;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists behind the abbreviation rules. Entries are written without their final period; lookups
 * strip it. ICU's own suppression list covers the commonest titles, but it is inconsistent (it keeps
 * {@code Mt. Fuji} yet splits {@code Gen. Mark Milley} and {@code Oct. 3}), so news titles are listed
 * here in full.
 */
final class Abbreviations {

    private Abbreviations() {}

    /** Titles and other abbreviations that precede a name or number and so rarely end a sentence. */
    private static final Set<String> BEFORE_NAMES = Set.of(
            "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
            "Pvt", "Adm", "Cmdr", "Cdr", "Gov", "Sen", "Sens", "Rep", "Reps", "Pres", "Rev", "Hon", "Supt", "Insp",
            "Det", "Fr", "Sr", "Jr", "St", "Ste", "Mt", "Ft", "No", "Nos", "N°", "Nº", "№", "Vol", "etc");

    /** Titles that, in news text, are always followed by a name. */
    private static final Set<String> ALWAYS_BEFORE_NAMES = Set.of("Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr");

    /** Abbreviations that never end a sentence, whatever follows. */
    private static final Set<String> NEVER_FINAL = Set.of("vs", "v", "i.e", "e.g", "cf", "viz");

    /** Months whose abbreviation is followed by a day or year. */
    private static final Set<String> MONTHS =
            Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /**
     * Abbreviations that often end a sentence but that ICU's suppression list keeps going
     * ({@code The fund closes in Dec. The next one ...}).
     */
    private static final Set<String> OFTEN_FINAL =
            Set.of("Inc", "Corp", "Ltd", "Co", "Bros", "Dept", "Univ", "Jr", "Sr", "Ave", "Blvd", "Rd", "St", "etc");

    /** Lower-case abbreviations followed by a number: page, number, volume, figure, ... */
    private static final Set<String> BEFORE_NUMBERS = Set.of(
            "p", "pp", "no", "nos", "n°", "nº", "№", "vol", "vols", "ch", "chap", "fig", "figs", "sec", "sect", "art",
            "arts", "para", "par", "approx", "ca", "c", "est", "op", "ed", "eds", "tel", "ext", "pt", "pts", "min",
            "max", "nr", "ref", "exh", "rev", "ver", "v", "vs", "cat", "ser");

    /**
     * Capitalised words that typically begin a sentence. After an ambiguous abbreviation such as
     * {@code U.S.} a word from this list means the abbreviation ended the sentence ({@code I live in the
     * U.S. How about you?}); any other capitalised word is taken to be part of a name ({@code the U.S.
     * Government}).
     */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "A",
            "An",
            "The",
            "This",
            "That",
            "These",
            "Those",
            "It",
            "Its",
            "It's",
            "I",
            "I'm",
            "I've",
            "I'd",
            "I'll",
            "He",
            "She",
            "They",
            "We",
            "You",
            "His",
            "Her",
            "Hers",
            "Their",
            "Our",
            "My",
            "Your",
            "Him",
            "Them",
            "Us",
            "There",
            "Here",
            "What",
            "When",
            "Where",
            "Why",
            "How",
            "Who",
            "Whom",
            "Whose",
            "Which",
            "Whatever",
            "But",
            "And",
            "Or",
            "So",
            "Yet",
            "Nor",
            "If",
            "Unless",
            "Whether",
            "While",
            "Whilst",
            "As",
            "After",
            "Before",
            "Since",
            "Until",
            "Till",
            "Although",
            "Though",
            "Because",
            "Once",
            "However",
            "Meanwhile",
            "Moreover",
            "Furthermore",
            "Nevertheless",
            "Nonetheless",
            "Also",
            "Still",
            "Then",
            "Now",
            "Today",
            "Yesterday",
            "Tomorrow",
            "Tonight",
            "Last",
            "Next",
            "Earlier",
            "Later",
            "Some",
            "Many",
            "Most",
            "Much",
            "More",
            "All",
            "Any",
            "Each",
            "Every",
            "Both",
            "Few",
            "Several",
            "No",
            "Not",
            "None",
            "One",
            "Another",
            "Other",
            "Others",
            "Such",
            "Do",
            "Does",
            "Did",
            "Don't",
            "Is",
            "Are",
            "Was",
            "Were",
            "Be",
            "Has",
            "Have",
            "Had",
            "Will",
            "Would",
            "Can",
            "Could",
            "Should",
            "Shall",
            "Might",
            "Must",
            "Let",
            "Let's",
            "Please",
            "Yes",
            "To",
            "For",
            "From",
            "With",
            "Without",
            "By",
            "Of",
            "In",
            "On",
            "At",
            "Into",
            "Under",
            "Over",
            "During",
            "Despite",
            "According",
            "Among",
            "Instead",
            "Thus",
            "Therefore",
            "Hence",
            "Indeed",
            "Even",
            "Just",
            "Only",
            "Perhaps",
            "Maybe",
            "Finally",
            "First",
            "Second",
            "Third",
            "Neither",
            "Either",
            "Everyone",
            "Everything",
            "Someone",
            "Something",
            "Nobody",
            "Nothing",
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Thanks",
            "Thank",
            "Oh",
            "Well",
            "Otherwise",
            "Officials",
            "Police");

    private static final Set<String> TIME_SUFFIXES = Set.of("a.m", "p.m");

    /** Prepositions that open a fronted time adverbial: {@code At 5 a.m. Mr. Smith went ...}. */
    private static final Set<String> TIME_PREPOSITIONS = Set.of(
            "at",
            "by",
            "around",
            "about",
            "before",
            "after",
            "until",
            "till",
            "from",
            "since",
            "shortly",
            "just",
            "approximately",
            "sometime",
            "on",
            "early",
            "late");

    /** Letters followed by periods, at least two of them: U.S., U.S.A., E.U., a.m., D.C. */
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.){2,}");

    static boolean beforeNames(String word) {
        return BEFORE_NAMES.contains(word);
    }

    static boolean alwaysBeforeNames(String word) {
        return ALWAYS_BEFORE_NAMES.contains(word);
    }

    static boolean neverFinal(String word) {
        return NEVER_FINAL.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean month(String word) {
        return MONTHS.contains(word);
    }

    /** Whether {@code word} may end a sentence when a sentence starter follows. */
    static boolean oftenFinal(String word) {
        return MONTHS.contains(word) || OFTEN_FINAL.contains(word);
    }

    static boolean beforeNumbers(String word) {
        return BEFORE_NUMBERS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean sentenceStarter(String word) {
        return SENTENCE_STARTERS.contains(word.replace('’', '\''));
    }

    static boolean timeSuffix(String word) {
        return TIME_SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean timePreposition(String word) {
        return TIME_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@code token} is the whole abbreviation including its final period, e.g. {@code U.S.}. */
    static boolean dotted(String token) {
        return DOTTED.matcher(token).matches();
    }
}
