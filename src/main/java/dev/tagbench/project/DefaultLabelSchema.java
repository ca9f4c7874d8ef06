package dev.tagbench.project;

import java.util.List;

/** The schema a project gets when none is given: the three claim types Tagbench was built for. */
public final class DefaultLabelSchema {

    public static final List<Label> LABELS = List.of(
            new Label(
                    "pledge",
                    "Pledge",
                    "#2f7d32",
                    "1",
                    "A promise of support, money, equipment or action by a government or organisation."),
            new Label(
                    "attack_report",
                    "Attack report",
                    "#c62828",
                    "2",
                    "A report of an attack, strike or act of violence that happened."),
            new Label(
                    "troop_claim",
                    "Troop claim",
                    "#1565c0",
                    "3",
                    "A claim about troops: their numbers, deployment, movements or losses."));

    private DefaultLabelSchema() {}
}
