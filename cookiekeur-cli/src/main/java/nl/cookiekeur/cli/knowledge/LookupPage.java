package nl.cookiekeur.cli.knowledge;

import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieMatch;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;

/** Writes a lookup result as text or Markdown in the user's language. */
final class LookupPage {
    private final Page page;
    private final Messages messages;

    LookupPage(Page page, Messages messages) {
        this.page = page;
        this.messages = messages;
    }

    void print(LookupReport report, CookieLookup lookup) {
        switch (lookup) {
            case CookieLookup.Identified identified -> identified(report, identified.match());
            case CookieLookup.Ambiguous ambiguous -> ambiguous(report, ambiguous.candidates());
            case CookieLookup.Unidentified unidentified -> unidentified(report, unidentified.withheld());
        }
        if (report.tracker() != null) {
            TrackerView tracker = report.tracker();
            page.field(
                    messages.get("knowledge.field.tracker"),
                    messages.get(
                            "knowledge.tracker",
                            tracker.name(),
                            tracker.domain(),
                            tracker.company() == null ? "?" : tracker.company(),
                            category(tracker.category())));
        }
        LookupVerdict verdict = report.verdict();
        page.field(
                messages.get("knowledge.field.verdict"),
                messages.get(
                        verdict.consentRequired() ? "knowledge.verdict.consent" : "knowledge.verdict.exempt",
                        category(verdict.category()),
                        verdict.advice(),
                        verdict.explanation()));
    }

    private void identified(LookupReport report, CookieMatch match) {
        KnowledgeEntry entry = match.entry();
        page.title(messages.get(
                "knowledge.identified",
                report.name(),
                platform(entry),
                category(entry.category().id())));
        page.field(
                messages.get("knowledge.field.how"),
                messages.get(
                        "knowledge.how",
                        messages.get("knowledge.kind." + Ids.of(match.kind())),
                        messages.get("knowledge.evidence." + Ids.of(match.evidence()))));
        details(entry);
    }

    private void ambiguous(LookupReport report, List<CookieMatch> candidates) {
        page.title(messages.get("knowledge.ambiguous", report.name(), candidates.size()));
        page.paragraph(messages.get("knowledge.ambiguous.hint"));
        for (CookieMatch candidate : candidates) {
            page.section(messages.get(
                    "knowledge.candidate",
                    platform(candidate.entry()),
                    category(candidate.category().id())));
            details(candidate.entry());
        }
    }

    private void unidentified(LookupReport report, List<KnowledgeEntry> withheld) {
        page.title(messages.get("knowledge.unidentified", report.name()));
        if (withheld.isEmpty()) {
            page.paragraph(messages.get("knowledge.unidentified.none"));
            return;
        }
        page.paragraph(messages.get("knowledge.unidentified.withheld"));
        List<String> items = new ArrayList<>();
        for (KnowledgeEntry entry : withheld) {
            items.add(messages.get(
                    "knowledge.withheld.item",
                    platform(entry),
                    category(entry.category().id()),
                    domains(entry),
                    entry.source(),
                    entry.id()));
        }
        page.bullets(items);
    }

    private void details(KnowledgeEntry entry) {
        page.field(
                messages.get("knowledge.field.source"), messages.get("knowledge.source", entry.source(), entry.id()));
        if (entry.replaces() != null) {
            page.field(messages.get("knowledge.field.replaces"), entry.replaces());
        }
        page.field(
                messages.get("knowledge.field.name"),
                messages.get(entry.wildcard() ? "knowledge.name.prefix" : "knowledge.name.exact", entry.name()));
        page.field(messages.get("knowledge.field.domain"), domains(entry));
        page.field(messages.get("knowledge.field.retention"), RetentionText.words(entry.retention(), messages));
        if (!entry.controller().isEmpty()) {
            page.field(messages.get("knowledge.field.controller"), entry.controller());
        }
        if (entry.privacyUrl() != null) {
            page.field(messages.get("knowledge.field.privacy"), entry.privacyUrl());
        }
        if (!entry.description().isEmpty()) {
            page.field(messages.get("knowledge.field.description"), entry.description());
        }
        String sourceLabel = entry.sourceLabel();
        if (sourceLabel != null && !sourceLabel.isBlank()) {
            page.field(messages.get("knowledge.field.sourceLabel"), sourceLabel);
        }
    }

    private String domains(KnowledgeEntry entry) {
        return entry.firstParty() ? messages.get("knowledge.firstParty") : String.join(", ", entry.domains());
    }

    private String platform(KnowledgeEntry entry) {
        return entry.platform().isEmpty() ? messages.get("knowledge.noPlatform") : entry.platform();
    }

    private String category(String id) {
        return messages.get("knowledge.category." + id);
    }
}
