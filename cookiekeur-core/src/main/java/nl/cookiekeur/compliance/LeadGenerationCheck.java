package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * NL-CK-33: a tag that identifies visiting companies by IP address (Leadinfo, Leadfeeder, Albacross, …)
 * loads or sets its cookies without consent.
 */
final class LeadGenerationCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_33;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Set<String> vendors = new LinkedHashSet<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (TrackedRequest request : WithoutConsent.requests(context)) {
            if (request.family() == VendorFamily.LEAD_GENERATION
                    && vendors.add(request.tracker().name())) {
                refs.add(request.ref());
            }
        }
        for (ClassifiedItem item : WithoutConsent.items(context)) {
            if (item.family() == VendorFamily.LEAD_GENERATION) {
                String vendor = item.classification().vendor();
                vendors.add(vendor == null ? item.name() : vendor);
                refs.add(item.ref());
            }
        }
        if (refs.isEmpty()) {
            return CheckResult.passed();
        }
        return CheckResult.of(
                Hits.hit(id(), Confidence.CERTAIN, refs.get(0).phase(), List.of(Hits.names(vendors)), refs, null));
    }
}
