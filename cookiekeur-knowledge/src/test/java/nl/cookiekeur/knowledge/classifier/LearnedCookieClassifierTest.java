package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import org.junit.jupiter.api.Test;

class LearnedCookieClassifierTest {
    private static final List<KnowledgeEntry> ENTRIES = OpenCookieDatabase.load();
    private static final List<ObservedCookie> SAMPLE = ObservedCookieSample.draw(ENTRIES, 300, 11);

    @Test
    void thresholdOfOneAnswersUnknownForEverything() {
        LearnedCookieClassifier classifier = LearnedCookieClassifier.train(ENTRIES, host -> Optional.empty(), 1.0);

        assertThat(SAMPLE).allSatisfy(o -> {
            Classification c = classifier.classify(o.cookie());
            assertThat(c.category()).isEqualTo(Category.UNKNOWN);
            assertThat(c.needsReview()).isTrue();
            assertThat(c.source()).isEqualTo(Classification.PREDICTED);
        });
    }

    @Test
    void thresholdOfZeroWithholdsOnlyMarketingGuessesBelowTheMarketingThreshold() {
        LearnedCookieClassifier classifier = LearnedCookieClassifier.train(ENTRIES, host -> Optional.empty(), 0.0);

        List<ObservedCookie> plainNames = SAMPLE.stream()
                .filter(o -> !NameConcepts.statesNecessaryPurpose(o.cookie().name()))
                .toList();
        List<Classification> answers =
                plainNames.stream().map(o -> classifier.classify(o.cookie())).toList();
        assertThat(answers)
                .filteredOn(Classification::needsReview)
                .allSatisfy(c -> assertThat(c.confidence()).isLessThan(PurposeModel.MARKETING_THRESHOLD));
        assertThat(answers).filteredOn(c -> !c.needsReview()).hasSizeGreaterThan(plainNames.size() / 2);
    }

    @Test
    void marketingNeedsMoreConfidenceThanOtherCategories() {
        assertThat(PurposeModel.answer(new double[] {0.1, 0.0, 0.1, 0.8}, 0.7)).isEqualTo(Category.UNKNOWN);
        assertThat(PurposeModel.answer(new double[] {0.05, 0.0, 0.05, 0.9}, 0.7))
                .isEqualTo(Category.MARKETING);
        assertThat(PurposeModel.answer(new double[] {0.8, 0.0, 0.1, 0.1}, 0.7)).isEqualTo(Category.NECESSARY);
        assertThat(PurposeModel.answer(new double[] {0.6, 0.0, 0.3, 0.1}, 0.7)).isEqualTo(Category.UNKNOWN);
    }

    @Test
    void nameStatingANecessaryPurposeIsSentToReviewInsteadOfCalledMarketing() {
        double[] confidentMarketing = {0.02, 0.0, 0.03, 0.95};

        assertThat(PurposeModel.answer(confidentMarketing, 0.7, "cart_sig")).isEqualTo(Category.UNKNOWN);
        assertThat(PurposeModel.answer(confidentMarketing, 0.7, "XSRF-TOKEN")).isEqualTo(Category.UNKNOWN);
        assertThat(PurposeModel.answer(confidentMarketing, 0.7, "_fbp")).isEqualTo(Category.MARKETING);
        assertThat(PurposeModel.answer(new double[] {0.9, 0.0, 0.05, 0.05}, 0.7, "cart_sig"))
                .isEqualTo(Category.NECESSARY);
    }

    @Test
    void trainingIsDeterministic() {
        LearnedCookieClassifier first = LearnedCookieClassifier.train(ENTRIES, host -> Optional.empty(), 0.7);
        LearnedCookieClassifier second = LearnedCookieClassifier.train(ENTRIES, host -> Optional.empty(), 0.7);

        assertThat(SAMPLE)
                .allSatisfy(o -> assertThat(second.classify(o.cookie())).isEqualTo(first.classify(o.cookie())));
    }

    @Test
    void unseenSessionAndCsrfNamesLookNecessary() {
        LearnedCookieClassifier classifier = LearnedCookieClassifier.train(ENTRIES, host -> Optional.empty(), 0.0);
        URI site = URI.create("https://www.gemeente-voorbeeld.nl/");

        assertThat(classifier.classify(Cookie.of("gemeente_csrf_token", site)).category())
                .isEqualTo(Category.NECESSARY);
    }
}
