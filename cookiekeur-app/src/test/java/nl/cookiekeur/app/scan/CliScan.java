package nl.cookiekeur.app.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.launch.Cli;

/** Runs one command line in-process with the wired application and keeps what it printed. */
record CliScan(int exitCode, String out, String err, Path folder) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CliScan run(CliServices services, Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(
                args, new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")), services);
        return new CliScan(exitCode, out.toString(), err.toString(), folder);
    }

    static String[] args(String... parts) {
        return parts;
    }

    static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    JsonNode report() {
        try {
            return JSON.readTree(folder.resolve("report.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The check ids of the findings in report.json. */
    Set<String> checkIds() {
        Set<String> ids = new TreeSet<>();
        report().path("findings").forEach(f -> ids.add(f.path("checkId").asText()));
        return ids;
    }

    /** The severities of the findings in report.json. */
    Set<String> severities() {
        Set<String> severities = new TreeSet<>();
        report().path("findings").forEach(f -> severities.add(f.path("severity").asText()));
        return severities;
    }
}
