package dev.tagbench.plugins.csv;

import java.util.regex.Pattern;

/** Says in plain words why Commons CSV could not read a file, keeping the line it points to. */
final class MalformedCsv {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

    private MalformedCsv() {}

    static String describe(Throwable problem, boolean tabs) {
        var message = String.valueOf(problem.getMessage());
        var numbers = NUMBER.matcher(message);
        var line = numbers.find() ? numbers.group().replace(",", "") : null;
        var file = tabs ? "the TSV file" : "the CSV file";
        if (message.contains("EOF reached before encapsulated token finished")) {
            return file + " has a quoted cell that is never closed" + (line == null ? "" : ", starting on line " + line)
                    + ": a closing \" is missing";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return file + " has text after the closing quote of a cell" + (line == null ? "" : " on line " + line)
                    + " (inside a quoted cell, write a \" as \"\")";
        }
        return file + " cannot be read" + (line == null ? "" : " near line " + line);
    }
}
