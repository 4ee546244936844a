package nl.cookiekeur.law;

import java.util.EnumSet;
import java.util.Set;

/** Verifies the shape of a parsed beslisboom: no cycles, every main question and all ten advices reachable. */
final class StructureCheck {
    private static final String RESOURCE = LawResources.STRUCTURE;

    private final Structure structure;
    private final Set<QuestionId> reached = EnumSet.noneOf(QuestionId.class);
    private final Set<AdviceNumber> concluded = EnumSet.noneOf(AdviceNumber.class);

    private StructureCheck(Structure structure) {
        this.structure = structure;
    }

    static void verify(Structure structure) {
        new StructureCheck(structure).verify();
    }

    private void verify() {
        walk(structure.root(), EnumSet.noneOf(QuestionId.class));
        for (QuestionId id : QuestionId.values()) {
            if (id.kind() == QuestionKind.MAIN && !reached.contains(id)) {
                throw new InvalidLegalDataException(
                        RESOURCE, "question." + id.name(), "is not reachable from root " + structure.root());
            }
        }
        for (AdviceNumber number : AdviceNumber.values()) {
            if (!concluded.contains(number)) {
                throw new InvalidLegalDataException(
                        RESOURCE, "advice." + number.number(), "is not reachable from root " + structure.root());
            }
        }
    }

    private void walk(QuestionId id, Set<QuestionId> onPath) {
        reached.add(id);
        onPath.add(id);
        MainQuestion question = structure.mainQuestion(id);
        for (boolean answer : new boolean[] {true, false}) {
            String key = "question." + id.name() + (answer ? ".yes" : ".no");
            switch (question.next(answer)) {
                case Step.Ask ask -> {
                    if (onPath.contains(ask.question())) {
                        throw new InvalidLegalDataException(
                                RESOURCE, key, "leads back to " + ask.question() + ", which makes a cycle");
                    }
                    walk(ask.question(), onPath);
                }
                case Step.Conclude conclude -> concluded.add(conclude.advice());
            }
        }
        onPath.remove(id);
    }
}
