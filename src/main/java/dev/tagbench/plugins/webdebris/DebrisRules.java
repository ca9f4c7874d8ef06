package dev.tagbench.plugins.webdebris;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The NOISE rule table of {@link WebDebrisCleaner}: patterns for lines that are never article text,
 * each with the reason a curator is shown. Rules are tried in order on the trimmed line; the first
 * match wins. Most are anchored to the whole line; the few that search inside a line are limited to
 * short lines, so a real paragraph that merely mentions a photo or a newsletter is not removed.
 */
final class DebrisRules {

    /** A rule that applies only to lines of at most {@code maxWords} words. */
    record Rule(Pattern pattern, String reason, int maxWords) {

        boolean matches(String line, int words) {
            return words <= maxWords && pattern.matcher(line).find();
        }
    }

    private static final int ANY = Integer.MAX_VALUE;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // Bullets, arrows and icon glyphs that widgets put around their label ("‹ Back", "Loading…").
    private static final String LEAD = "^(?:[\\p{P}\\p{S}]\\s*)*";
    private static final String TRAIL = "\\s*[\\p{P}\\p{S}]*$";

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?";
    private static final String TIME = "\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?"
            + "(?:\\s*(?:gmt|utc|cet|cest|eet|eest|bst|et|est|edt|pt|pst|jst|kst|msk)(?:\\s*[+-]\\s*\\d{1,2})?)?";
    private static final String DATE = "(?:\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?"
            + "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
            + "|(?:" + WEEKDAY + "\\s*)?(?:\\d{1,2}\\s+" + MONTH + "|" + MONTH
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?)";

    // Picture agencies and platforms that appear as the credit at the end of a caption.
    private static final String AGENCY = "(?:AFP|AP|Reuters|REUTERS|Getty Images|EPA(?:-EFE)?|EFE|Shutterstock|Alamy"
            + "|Bloomberg|Anadolu(?: Agency)?|Sipa(?: USA)?|ZUMA(?: Press| Wire)?|Xinhua|TASS|Ukrinform|UNIAN|Kyodo"
            + "|Yonhap|Handout|AAP|PA(?: Wire| Images| Media)?|Pool|NurPhoto|SOPA Images|LightRocket|dpa"
            + "|picture alliance|Unsplash|Wikimedia Commons|Facebook|Telegram|Twitter|Instagram|X)";

    private static final List<Rule> NOISE = List.of(
            find("lone punctuation", ANY, 0, "^[\\p{P}\\p{S}\\s]+$"),
            whole(
                    "advertising",
                    "advertisements?|advertising|ads?|sponsored(?: content| post| by .{1,60})?"
                            + "|promoted(?: content| by .{1,60})?|partner content|paid (?:content|post|partnership)"
                            + "|advertisement\\s*[-–—:|]?\\s*(?:scroll|continue)[\\w ]{0,40}"
                            + "|(?:story|article|content|text) continues (?:below|after)[\\w ]{0,30}"
                            + "|scroll (?:down )?to continue(?: reading| with content)?"),
            whole(
                    "navigation or widget text",
                    "loading|search|menu|main menu|share|share this|print|details"
                            + "|optional|recall|learn more|read more|see more|show more|show less|load more|view more"
                            + "|more|home|close|back|back to top|next|previous|prev|skip to (?:main )?content"
                            + "|toggle navigation|navigation|open menu|close menu|continue reading|click here|copy link"
                            + "|link copied|e-?mail|tweet|facebook|twitter|x|telegram|whatsapp|viber|linkedin|pinterest"
                            + "|reddit|instagram|youtube|tiktok|listen|listen to this article|play|pause|watch"
                            + "|watch video|videos?|photos?|gallery|photo gallery|reply|like|save|bookmark|subscribe"
                            + "|log ?in|log ?out|sign ?in|sign ?out|sign up|register|my account|cookie settings"
                            + "|accept(?: all)?(?: cookies)?|reject all|manage cookies|tags|topics|related"
                            + "|related (?:articles|stories|news)|most (?:read|popular|viewed)|trending(?: now)?"
                            + "|top stories|latest(?: news)?|editor'?s picks?|recommended(?: for you)?"
                            + "|you (?:may|might) also like|more (?:stories|news)|all news|rss|newsletters?"
                            + "|contact us|about us|privacy policy|terms of (?:use|service)|sitemap|help|faq"
                            + "|expand|collapse|zoom|fullscreen|enlarge(?: image)?|(?:image |slide |photo )?\\d+ of \\d+"
                            + "|page \\d+(?: of \\d+)?"),
            find(
                    "share or subscribe prompt",
                    40,
                    CI,
                    "^get more with\\b",
                    "\\bpersonali[sz]ed news feed\\b",
                    "^subscribe\\b",
                    "^sign up\\s+(?:for|to|now|here|today|free)\\b",
                    "^follow us\\b",
                    "^(?:follow|find|join)\\s+(?:us|our\\s+\\w+(?:\\s+\\w+)?)\\s+(?:on|in|at|via)\\s+(?:\\w+\\s+){0,2}?"
                            + "(?:twitter|x|facebook|telegram|instagram|youtube|tiktok|linkedin|threads|bluesky"
                            + "|whatsapp|viber|google news|mastodon|channel)\\b",
                    "^join\\s+(?:us|our)\\b.{0,60}\\b(?:telegram|whatsapp|viber|facebook|channel|community|newsletter)\\b",
                    "\\b(?:subscribe|sign up|register)\\b.{0,60}\\bnewsletters?\\b",
                    "^(?:get|receive)\\s+(?:our|the)\\b.{0,40}\\bnewsletters?\\b",
                    "\\benter your e-?mail\\b"),
            find(
                    "share or subscribe prompt",
                    15,
                    CI,
                    "^share\\s+(?:this|on|via|to|the article|the story)\\b",
                    "^(?:download|get)\\s+(?:the|our)\\s+(?:\\w+\\s+)?app\\b",
                    "^click here\\b"),
            whole(
                    "comment or login prompt",
                    "(?:\\d+\\s+)?comments?(?:\\s*\\(s\\))?(?:\\s*\\(\\d+\\))?"
                            + "(?:\\s+(?:write|add|post|leave|show|view|hide|load|read)\\s+(?:a\\s+|all\\s+)?comments?)?"),
            find(
                    "comment or login prompt",
                    12,
                    CI,
                    "^(?:write|add|post|leave|show|view|hide|load|read)\\s+(?:a\\s+|all\\s+|the\\s+)?(?:comments?|reply|replies)\\b",
                    "^trackback\\b",
                    "^(?:log\\s?in|sign\\s?in|register|create an account)\\b"),
            find(
                    "comment or login prompt",
                    25,
                    CI,
                    "\\b(?:you need to|you must|please|in order to)\\s+(?:be\\s+)?(?:log(?:ged)?\\s?in|sign(?:ed)?\\s?in|register(?:ed)?)\\b"),
            // Appeals only: a quoted plea for help inside a story must stay, hence the quote guard and
            // the requirement that money or membership is mentioned.
            find(
                    "donation appeal",
                    60,
                    CI,
                    "^(?![\"“‘«'])(?=.*\\b(?:donat\\w*|patrons?|patreon|membership|subscription)\\b)"
                            + ".*\\b(?:support us|support our \\w+|help us|become an? (?:patron|member|supporter)|donate)\\b"),
            find(
                    "related-article link",
                    ANY,
                    CI,
                    LEAD + "(?:read|see|watch|listen|look)\\s+(?:also|more|too|next)(?:\\s*[:\\-–—|»›>→].*)?$",
                    LEAD
                            + "(?:also (?:read|see|watch)|related(?: (?:articles?|stories|news|content|coverage|reading|links?|video))?"
                            + "|further reading|more)\\s*[:\\-–—|»›>→]\\s*\\S.*$",
                    "^read (?:the )?(?:original|full|complete) (?:article|story|report|text|interview|version)\\b.{0,150}$",
                    "^(?:this (?:article|story|piece) (?:was |is )?(?:originally|first) (?:published|appeared|posted)"
                            + "|originally published (?:on|at|by|in))\\b.{0,200}$"),
            find(
                    "photo caption with credit",
                    60,
                    0,
                    "\\b(?:Photo|PHOTO|Photos|Photograph|Image|IMAGE|Images|Picture)(?:\\s+(?:[Cc]redits?|[Cc]ourtesy|[Ss]ource))?\\s*:\\s*\\S",
                    "(?i:\\bphoto\\s*credits?\\b)",
                    "\\((?i:photos?|images?|pictures?|illustration)\\s*(?i:by|credit|courtesy|:)[^)]*\\)",
                    "\\((?:AP|AFP|Reuters|EPA|Getty)\\b[^)]*\\b(?i:photo)\\b[^)]*\\)",
                    "(?:\\bvia|/|\\||©)\\s*" + AGENCY + "\\s*[)\\]]?\\s*$",
                    "(?:[/(|©:]|\\bvia|\\bfor)\\s*Getty Images|Getty Images(?:\\s+for\\s+\\S+(?:\\s+\\S+)?)?\\s*[)\\]]?\\s*$"),
            find(
                    "category or tags",
                    40,
                    CI,
                    LEAD + "(?:categor(?:y|ies)|tags?|tagged|topics?|filed under|keywords|rubrics?)\\s*:.*$"),
            find("source credit", 15, CI, "^source\\s*:\\s*\\S"),
            whole(
                    "lone number or timestamp",
                    "\\d+(?:[.,]\\d+)*[km]?|" + TIME
                            + "|(?:(?:published|updated|posted|last updated|modified)\\s*(?:on|at)?\\s*:?\\s*)?"
                            + "(?:" + DATE + "(?:,?\\s*(?:at\\s+)?" + TIME + ")?|" + TIME + ",?\\s+" + DATE + ")"
                            + "|\\d+\\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\\s+ago"
                            + "|(?:yesterday|today|just now)(?:,?\\s*(?:at\\s+)?" + TIME + ")?"),
            whole(
                    "view or comment counter",
                    "\\d+(?:[.,]\\d+)?[km]?\\s+(?:views?|comments?|shares?|likes?|reactions?)"),
            whole("reading time", "\\d+\\s*min(?:ute)?s?(?:\\s+read(?:ing time)?)?"),
            // "(c)" also enumerates list items, so it needs a year right after it or a name and a year.
            find(
                    "copyright notice",
                    60,
                    CI,
                    "^©",
                    "^\\(c\\)\\s*(?:(?:19|20)\\d{2}\\b|(?-i:\\p{Lu})\\S*(?:\\s+\\S+){0,4}?\\s+(?:19|20)\\d{2}\\W*$)",
                    "^copyright\\s*(?:©|\\(c\\)|\\d{4})",
                    "\\ball rights reserved\\b",
                    "\\b(?:reproduction|republication|copying)\\b.{0,80}\\b(?:prohibited|forbidden|not (?:allowed|permitted)"
                            + "|without (?:prior )?(?:written )?(?:permission|consent))"),
            find("bare link or address", ANY, CI, "^(?:https?://|www\\.)\\S+$", "^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$"));

    // Bylines and agency credits: only consulted for lines that already look like headings.
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Reported by|Edited by|Compiled by|Text by|Story by|(?:Additional )?[Rr]eporting by"
                    + "|Editing by|Writing by)\\s+\\S"
                    + "|^\\((?:Reporting|Writing|Editing)\\b"
                    + "|^(?:Associated Press|Press Association|Agence France-Presse|PA Media|Reuters|AFP|AP)\\s*[–—-]"
                    + "|(?:^|[\\s,;(–—-])(?:AP|AFP|Reuters|dpa|PA|EFE|ANSA|Kyodo|Yonhap|Ukrinform|UNIAN|UNN|Xinhua|TASS"
                    + "|Interfax|Bloomberg|Associated Press|Press Association|Agence France-Presse|PA Media)\\)?\\s*$");

    private DebrisRules() {}

    /** The reason of the first NOISE rule matching {@code line} (trimmed, {@code words} long), if any. */
    static Optional<String> noise(String line, int words) {
        for (var rule : NOISE) {
            if (rule.matches(line, words)) {
                return Optional.of(rule.reason());
            }
        }
        return Optional.empty();
    }

    /** Whether a heading-like line is a byline or agency credit. */
    static boolean isByline(String line) {
        return BYLINE.matcher(line).find();
    }

    private static Rule whole(String reason, String alternatives) {
        return new Rule(Pattern.compile(LEAD + "(?:" + alternatives + ")" + TRAIL, CI), reason, ANY);
    }

    private static Rule find(String reason, int maxWords, int flags, String... alternatives) {
        return new Rule(Pattern.compile("(?:" + String.join(")|(?:", alternatives) + ")", flags), reason, maxWords);
    }
}
