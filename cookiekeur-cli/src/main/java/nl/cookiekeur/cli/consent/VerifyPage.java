package nl.cookiekeur.cli.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.consent.ArchiveProblem;
import nl.cookiekeur.consent.ChainProblem;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.SignedHead;

/** The text and Markdown output of {@code consent verify}: per site what was checked and everything found. */
final class VerifyPage {
    private final Page page;
    private final Messages messages;

    VerifyPage(Page page, Messages messages) {
        this.page = page;
        this.messages = messages;
    }

    void show(List<SiteOutcome> results) {
        page.title(messages.get("consent.verify.title"));
        if (results.isEmpty()) {
            page.paragraph(messages.get("consent.verify.empty"));
        }
        for (SiteOutcome outcome : results) {
            site(outcome);
        }
    }

    private void site(SiteOutcome outcome) {
        ChainVerification result = outcome.verification();
        page.section(messages.get("consent.verify.site", result.siteId()));
        SignedHead anchor = outcome.anchor();
        if (outcome.anchorState() == AnchorState.SITE_GONE && anchor != null) {
            page.paragraph(messages.get("consent.verify.anchor.siteGone", Long.toString(anchor.seq())));
            return;
        }
        page.field(messages.get("consent.verify.checked"), Long.toString(result.recordsChecked()));
        if (result.purgedThrough() > 0) {
            page.field(messages.get("consent.verify.purgedThrough"), Long.toString(result.purgedThrough()));
        }
        page.field(messages.get("consent.verify.head"), result.headHash());
        if (anchor != null) {
            page.field(
                    messages.get("consent.verify.anchor"),
                    messages.get(
                            "consent.verify.anchor." + VerifyCommand.lower(outcome.anchorState()),
                            Long.toString(anchor.seq()),
                            anchor.signedAt().toString()));
        }
        List<String> found = new ArrayList<>();
        for (ChainProblem problem : result.problems()) {
            String key = "consent.verify.kind." + problem.kind().name().toLowerCase(Locale.ROOT);
            found.add(messages.get(key, Long.toString(problem.sequence()), problem.recordId()));
        }
        for (ArchiveProblem problem : result.archiveProblems()) {
            found.add(messages.get("consent.verify.config." + VerifyCommand.lower(problem.kind()), problem.version()));
        }
        if (outcome.intact()) {
            page.paragraph(messages.get("consent.verify.intact"));
        } else if (!found.isEmpty()) {
            page.paragraph(messages.get("consent.verify.broken", found.size()));
            page.bullets(found);
        } else {
            page.paragraph(messages.get("consent.verify.anchorBroken"));
        }
    }
}
