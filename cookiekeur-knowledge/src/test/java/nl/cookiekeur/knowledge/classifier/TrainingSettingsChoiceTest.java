package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import org.junit.jupiter.api.Test;

class TrainingSettingsChoiceTest {
    private static final GroupedSplit<Example> SPLIT = GroupedSplit.of(
            Examples.generate(OpenCookieDatabase.load(), new CookieContexts(host -> Optional.empty()), 3L, 2),
            Example::group,
            0.15,
            0,
            3L);

    @Test
    void choosesTheCandidateWithTheLowestCalibratedLogLossOnTheCalibrationVendors() {
        SoftmaxRegression.Settings chosen = TrainingSettingsChoice.choose(SPLIT.training(), SPLIT.validation());

        assertThat(TrainingSettingsChoice.CANDIDATES).contains(chosen);
        double chosenLoss =
                PurposeModel.train(SPLIT.training(), SPLIT.validation(), chosen).logLoss(SPLIT.validation());
        assertThat(TrainingSettingsChoice.CANDIDATES)
                .allSatisfy(candidate -> assertThat(chosenLoss)
                        .isLessThanOrEqualTo(PurposeModel.train(SPLIT.training(), SPLIT.validation(), candidate)
                                .logLoss(SPLIT.validation())));
    }

    @Test
    void withoutCalibrationVendorsTheDefaultSettingsAreUsed() {
        assertThat(TrainingSettingsChoice.choose(SPLIT.training(), List.of()))
                .isEqualTo(SoftmaxRegression.Settings.DEFAULT);
    }
}
