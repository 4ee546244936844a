package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.cookiekeur.knowledge.InMemoryKnowledgeBase;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.data.DataFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model file the build ships must be exactly the model that training on the shipped knowledge gives. */
class PurposeModelFileTest {
    private static InMemoryKnowledgeBase knowledge;
    private static PurposeModel fresh;

    @BeforeAll
    static void train() {
        knowledge = KnowledgeBases.fromDataFiles();
        fresh = LearnedCookieClassifier.trainModel(knowledge.entries(), knowledge::trackerForHost);
    }

    @Test
    void shippedModelEqualsAFreshlyTrainedOne() {
        PurposeModelFile.Shipped shipped = PurposeModelFile.load();

        assertThat(shipped.threshold()).isEqualTo(LearnedCookieClassifier.DEFAULT_THRESHOLD);
        assertSameModel(shipped.model(), fresh);
    }

    @Test
    void shippedClassifierGivesTheSamePredictionsAsATrainedOne() {
        LearnedCookieClassifier shipped = LearnedCookieClassifier.shipped(knowledge::trackerForHost);
        LearnedCookieClassifier trained = LearnedCookieClassifier.train(
                knowledge.entries(), knowledge::trackerForHost, LearnedCookieClassifier.DEFAULT_THRESHOLD);
        List<ObservedCookie> sample = ObservedCookieSample.draw(knowledge.entries(), 500, 5);

        assertThat(sample)
                .allSatisfy(o -> assertThat(shipped.classify(o.cookie())).isEqualTo(trained.classify(o.cookie())));
    }

    @Test
    void writtenBytesReadBackToTheSameModel() {
        PurposeModelFile.Shipped read = PurposeModelFile.read(PurposeModelFile.bytes(fresh, 0.6));

        assertThat(read.threshold()).isEqualTo(0.6);
        assertSameModel(read.model(), fresh);
    }

    @Test
    void aDamagedFileFailsWithAClearProblem() {
        byte[] bytes = PurposeModelFile.bytes(fresh, 0.7);
        bytes[100] ^= 0x01;

        assertThatThrownBy(() -> PurposeModelFile.read(bytes))
                .isInstanceOfSatisfying(
                        DataFileException.class, e -> assertThat(e.problemKey()).isEqualTo("corrupt-model"))
                .hasMessage("purpose-model.bin:0: het getrainde classificatiemodel is beschadigd of verouderd "
                        + "(checksum mismatch); bouw de module opnieuw");
        assertThatThrownBy(() -> PurposeModelFile.read(new byte[] {1, 2, 3})).isInstanceOf(DataFileException.class);
    }

    private static void assertSameModel(PurposeModel actual, PurposeModel expected) {
        assertThat(actual.temperature()).isEqualTo(expected.temperature());
        assertThat(actual.vocabulary().features())
                .hasSizeGreaterThan(1000)
                .containsExactlyElementsOf(expected.vocabulary().features());
        assertThat(actual.regression().bias())
                .containsExactly(expected.regression().bias());
        for (int k = 0; k < PurposeModel.CLASSES.size(); k++) {
            assertThat(actual.regression().weights(k))
                    .containsExactly(expected.regression().weights(k));
        }
    }
}
