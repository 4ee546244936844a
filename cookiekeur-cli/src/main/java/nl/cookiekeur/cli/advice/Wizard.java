package nl.cookiekeur.cli.advice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.OutputFormat;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.law.QuestionText;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * Asks the beslisboom one question at a time, then the cross-cutting questions, until an advice is reached;
 * the user can go back, ask for the explanation again, or stop.
 */
final class Wizard {
    private final DecisionTree tree;
    private final Advisor advisor;
    private final Language language;
    private final Messages messages;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Map<QuestionId, Boolean> given = new LinkedHashMap<>();
    private boolean crossCuttingAnnounced;

    Wizard(DecisionTree tree, Advisor advisor, Language language, BufferedReader in, PrintWriter out) {
        this.tree = tree;
        this.advisor = advisor;
        this.language = language;
        this.messages = Messages.of(language);
        this.in = in;
        this.out = out;
    }

    /** The answers that led to an advice, or empty when the user stopped or the input ended. */
    Optional<Answers> run() {
        Page.of(OutputFormat.TEXT, out).paragraph(messages.get("wizard.intro"));
        while (true) {
            Answers answers = Answers.of(given);
            Optional<QuestionId> next = nextQuestion(advisor.advise(answers));
            if (next.isEmpty()) {
                return Optional.of(answers);
            }
            if (!ask(next.get())) {
                return Optional.empty();
            }
        }
    }

    private Optional<QuestionId> nextQuestion(Verdict verdict) {
        return switch (verdict) {
            case Verdict.Open open -> Optional.of(open.nextQuestion().id());
            case Verdict.Concluded concluded -> {
                Optional<QuestionId> crossCutting =
                        AdviceReport.openCrossCutting(concluded, tree).stream().findFirst();
                if (crossCutting.isPresent() && !crossCuttingAnnounced) {
                    out.println();
                    out.println(messages.get("wizard.crossCutting"));
                    crossCuttingAnnounced = true;
                }
                yield crossCutting;
            }
            case Verdict.Contradicted contradicted ->
                throw new IllegalStateException(
                        "the wizard follows the tree and cannot contradict itself: " + contradicted.conflicts());
        };
    }

    /** Asks one question until it is answered, undone or abandoned; false when the wizard must stop. */
    private boolean ask(QuestionId id) {
        QuestionText text = tree.texts().question(id, language);
        Page page = Page.of(OutputFormat.TEXT, out);
        out.println();
        page.paragraph(messages.get("wizard.question", id.name(), text.question()));
        page.paragraph(text.explanation());
        while (true) {
            out.print(messages.get("wizard.prompt"));
            out.flush();
            String line = readLine();
            if (line == null) {
                out.println();
                out.println(messages.get("wizard.endOfInput"));
                return false;
            }
            switch (Reply.parse(line)) {
                case YES -> {
                    given.put(id, true);
                    return true;
                }
                case NO -> {
                    given.put(id, false);
                    return true;
                }
                case BACK -> {
                    if (undo()) {
                        return true;
                    }
                }
                case EXPLAIN -> explain(text);
                case STOP -> {
                    out.println(messages.get("wizard.stopped"));
                    return false;
                }
                case INVALID -> out.println(messages.get("wizard.invalid", line.strip()));
            }
        }
    }

    private boolean undo() {
        QuestionId last = null;
        for (QuestionId id : given.keySet()) {
            last = id;
        }
        if (last == null) {
            out.println(messages.get("wizard.nothingToUndo"));
            return false;
        }
        given.remove(last);
        out.println(messages.get("wizard.undone", last.name()));
        return true;
    }

    private void explain(QuestionText text) {
        Page page = Page.of(OutputFormat.TEXT, out);
        page.paragraph(text.explanation());
        if (!text.examples().isEmpty()) {
            page.paragraph(messages.get("wizard.examples"));
            page.bullets(text.examples());
        }
    }

    private @Nullable String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
