package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.tagbench.article.Sentence;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/** Lets a manager pick the word a new sentence should start with; the split happens before it. */
final class SplitDialog extends Dialog {

    private static final Pattern WORD = Pattern.compile("\\S+");

    SplitDialog(Sentence sentence, IntConsumer splitAt) {
        setHeaderTitle("Split sentence " + (sentence.index() + 1));
        addClassName("split-dialog");
        var words = new Div();
        words.addClassName("split-words");
        var matcher = WORD.matcher(sentence.text());
        var first = true;
        while (matcher.find()) {
            var word = new Button(matcher.group());
            word.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            if (first) {
                word.setEnabled(false);
                first = false;
            } else {
                var offset = sentence.start() + matcher.start();
                word.addClickListener(click -> {
                    close();
                    splitAt.accept(offset);
                });
            }
            words.add(word);
        }
        add(
                new Paragraph("Click the word the second sentence starts with. Curators' labels stay on both parts."),
                words);
        getFooter().add(new Button("Cancel", click -> close()));
    }
}
