package nl.cookiekeur.cli.advice;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.ReportingCommand;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.InvalidAnswerException;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.profile.ToolProfile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cookiekeur advies}: the beslisboom as a wizard, for given answers, for a known tool, or as a whole. */
@Command(name = "advies", mixinStandardHelpOptions = true)
public final class AdviceCommand extends ReportingCommand {
    private final CliServices services;
    private final BufferedReader in;

    @Option(
            names = {"-a", "--answer"},
            paramLabel = "<vraag=antwoord>",
            descriptionKey = "advies.option.answer")
    private List<String> answers = new ArrayList<>();

    @Option(names = "--tool", paramLabel = "<id>", descriptionKey = "advies.option.tool")
    private @Nullable String tool;

    @Option(names = "--list-tools", descriptionKey = "advies.option.listTools")
    private boolean listTools;

    @Option(names = "--tree", descriptionKey = "advies.option.tree")
    private boolean tree;

    public AdviceCommand(CliServices services, BufferedReader in) {
        this.services = services;
        this.in = in;
    }

    @Override
    public Integer call() {
        Messages messages = messages();
        boolean overview = listTools || tree;
        if ((listTools && tree) || (overview && (tool != null || !answers.isEmpty()))) {
            throw new BadInputException(messages.get("advies.error.modes"));
        }
        if (listTools) {
            listTools();
        } else if (tree) {
            tree();
        } else if (tool != null) {
            advise(tool, messages);
        } else if (!answers.isEmpty()) {
            Answers given = parse(answers, messages);
            report(services.advisor().advise(given), given, null, messages);
        } else {
            interview(messages);
        }
        return ExitCode.OK.code();
    }

    private void listTools() {
        List<ToolSummary> tools = services.toolCatalogue().all().stream()
                .map(profile -> ToolSummary.of(profile, language()))
                .toList();
        show(tools, page -> ToolSummary.print(tools, page, messages()));
    }

    private void tree() {
        TreeReport report = TreeReport.of(services.decisionTree(), language());
        show(report, page -> report.print(page, messages()));
    }

    private void advise(String toolId, Messages messages) {
        ToolProfile profile = services.toolCatalogue().find(toolId).orElseThrow(() -> unknownTool(toolId, messages));
        Answers combined = profile.answers();
        for (var extra : parse(answers, messages).asMap().entrySet()) {
            Optional<Boolean> own = profile.answers().answer(extra.getKey());
            if (own.isPresent() && !own.get().equals(extra.getValue())) {
                throw new BadInputException(messages.get(
                        "advies.error.toolAnswer", profile.id(), extra.getKey(), Answer.word(own.get(), messages)));
            }
            combined = combined.with(extra.getKey(), extra.getValue());
        }
        report(services.advisor().advise(combined), combined, profile, messages);
    }

    private BadInputException unknownTool(String toolId, Messages messages) {
        List<String> similar = services.toolCatalogue().ids().stream()
                .filter(id -> toolId.strip().length() >= 3
                        && id.contains(toolId.strip().toLowerCase(Locale.ROOT)))
                .limit(3)
                .toList();
        return new BadInputException(
                similar.isEmpty()
                        ? messages.get("advies.error.unknownTool", toolId)
                        : messages.get("advies.error.unknownToolSimilar", toolId, String.join(", ", similar)));
    }

    private void interview(Messages messages) {
        PrintWriter out = out();
        Optional<Answers> given = new Wizard(services.decisionTree(), services.advisor(), language(), in, out).run();
        if (given.isPresent()) {
            out.println();
            out.println(messages.get("wizard.answers", given.get()));
            out.println(messages.get("wizard.repeat", Answer.asOptions(given.get(), messages)));
            out.println();
            report(services.advisor().advise(given.get()), given.get(), null, messages);
        }
    }

    private void report(Verdict verdict, Answers given, @Nullable ToolProfile profile, Messages messages) {
        switch (verdict) {
            case Verdict.Concluded concluded -> {
                AdviceReport report = AdviceReport.of(
                        concluded,
                        given,
                        services.decisionTree(),
                        language(),
                        profile == null ? null : ToolEntry.of(profile, language()));
                show(report, page -> report.print(page, messages));
            }
            case Verdict.Open open -> {
                OpenReport report = OpenReport.of(open, given, services.decisionTree(), language());
                show(report, page -> report.print(page, messages, given));
            }
            case Verdict.Contradicted contradicted ->
                throw new BadInputException(
                        Contradictions.describe(contradicted, services.decisionTree(), language(), messages));
        }
    }

    private static Answers parse(List<String> answers, Messages messages) {
        try {
            return Answers.parse(String.join(",", answers));
        } catch (InvalidAnswerException e) {
            throw new BadInputException(e.message(messages.language()));
        }
    }
}
