package nl.cookiekeur.law;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A combination of answers that cannot all be true of one storage or read-out of information. */
public enum ConflictRule {
    /** V1 says nothing is stored or read, yet a later question says something is (and why). */
    NO_STORAGE_YET_PURPOSE {
        @Override
        List<Conflict> find(Answers answers) {
            if (!answers.isNo(QuestionId.V1)) {
                return List.of();
            }
            List<QuestionId> involved = new ArrayList<>(List.of(QuestionId.V1));
            for (QuestionId id : EnumSet.range(QuestionId.V2, QuestionId.V9)) {
                if (answers.isYes(id)) {
                    involved.add(id);
                }
            }
            return involved.size() == 1 ? List.of() : List.of(new Conflict(this, involved));
        }
    },
    /**
     * An exemption (V2–V5) is claimed for something that also tracks across sites (V6); a multi-purpose item
     * is only exempt if every purpose is exempt (WP194).
     */
    EXEMPTION_YET_CROSS_SITE_TRACKING {
        @Override
        List<Conflict> find(Answers answers) {
            if (!answers.isYes(QuestionId.V6)) {
                return List.of();
            }
            List<Conflict> conflicts = new ArrayList<>();
            for (QuestionId exemption : EXEMPTIONS) {
                if (answers.isYes(exemption)) {
                    conflicts.add(new Conflict(this, List.of(exemption, QuestionId.V6)));
                }
            }
            return conflicts;
        }
    },
    /** V7 says a third party follows users over many sites, while V6 says there is no cross-site tracking. */
    THIRD_PARTY_YET_NO_TRACKING {
        @Override
        List<Conflict> find(Answers answers) {
            return answers.isYes(QuestionId.V7) && answers.isNo(QuestionId.V6)
                    ? List.of(new Conflict(this, List.of(QuestionId.V6, QuestionId.V7)))
                    : List.of();
        }
    };

    private static final Set<QuestionId> EXEMPTIONS =
            EnumSet.of(QuestionId.V2, QuestionId.V3, QuestionId.V4, QuestionId.V5);

    /** The conflicts of this kind in the given answers; empty when there are none. */
    abstract List<Conflict> find(Answers answers);

    /** Every conflict in the given answers, over all rules. */
    public static List<Conflict> findAll(Answers answers) {
        List<Conflict> conflicts = new ArrayList<>();
        for (ConflictRule rule : values()) {
            conflicts.addAll(rule.find(answers));
        }
        return List.copyOf(conflicts);
    }

    /** The key of the explanation in the legal texts. */
    public String textKey() {
        return "conflict." + name();
    }
}
