package nl.cookiekeur.knowledge.classifier;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.knowledge.data.DataFileException;
import nl.cookiekeur.knowledge.data.SealedBinary;

/**
 * The binary file of a trained purpose model and its threshold: magic number, format version, threshold,
 * temperature, class order, feature vocabulary in index order, biases and weights, and a CRC-32 of all of
 * that at the end. Written at build time, read at run time instead of training.
 */
final class PurposeModelFile {
    /** The classpath resource generated into the module's classes by the build. */
    static final String RESOURCE = "/nl/cookiekeur/knowledge/classifier/purpose-model.bin";

    private static final String FILE = "purpose-model.bin";
    private static final SealedBinary FORMAT = new SealedBinary(0x434B_504D, 1, "purpose model"); // "CKPM"

    private PurposeModelFile() {}

    /** A model with the confidence threshold it was shipped with. */
    record Shipped(PurposeModel model, double threshold) {}

    /** Loads the shipped model; fails with a {@code DataFileException} when it is missing or damaged. */
    static Shipped load() {
        try (InputStream in = PurposeModelFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw DataFileException.ofFile(FILE, "missing-model");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw DataFileException.ofFile(FILE, "unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** Writes the model and threshold to {@code file}, creating its directory. */
    static void write(PurposeModel model, double threshold, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes(model, threshold));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model and threshold in the file format, checksum included. */
    static byte[] bytes(PurposeModel model, double threshold) {
        return FORMAT.seal(out -> {
            out.writeDouble(threshold);
            out.writeDouble(model.temperature());
            out.writeInt(PurposeModel.CLASSES.size());
            for (Category category : PurposeModel.CLASSES) {
                writeText(category.name(), out);
            }
            List<String> features = model.vocabulary().features();
            out.writeInt(features.size());
            for (String feature : features) {
                writeText(feature, out);
            }
            SoftmaxRegression regression = model.regression();
            for (double b : regression.bias()) {
                out.writeDouble(b);
            }
            for (int k = 0; k < regression.classes(); k++) {
                for (double w : regression.weights(k)) {
                    out.writeDouble(w);
                }
            }
        });
    }

    /** Reads the file format; fails with a {@code DataFileException} when it is damaged or of another version. */
    static Shipped read(byte[] bytes) {
        ByteBuffer in = FORMAT.open(bytes, PurposeModelFile::corrupt);
        try {
            double threshold = in.getDouble();
            double temperature = in.getDouble();
            List<String> classes = texts(in);
            List<String> expected =
                    PurposeModel.CLASSES.stream().map(Category::name).toList();
            if (!classes.equals(expected)) {
                throw corrupt("classes " + classes + ", expected " + expected);
            }
            FeatureVocabulary vocabulary = FeatureVocabulary.ofOrdered(texts(in));
            double[] bias = new double[classes.size()];
            in.asDoubleBuffer().get(bias);
            in.position(in.position() + bias.length * Double.BYTES);
            double[][] weights = new double[classes.size()][vocabulary.size()];
            for (double[] row : weights) {
                in.asDoubleBuffer().get(row);
                in.position(in.position() + row.length * Double.BYTES);
            }
            if (in.hasRemaining()) {
                throw corrupt(in.remaining() + " bytes left over");
            }
            if (!(threshold >= 0 && threshold <= 1)) {
                throw corrupt("threshold " + threshold);
            }
            return new Shipped(
                    PurposeModel.of(vocabulary, SoftmaxRegression.of(weights, bias), temperature), threshold);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw corrupt(String.valueOf(e.getMessage()));
        }
    }

    private static void writeText(String text, DataOutputStream out) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static List<String> texts(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw corrupt("bad count " + count);
        }
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw corrupt("bad text length " + length);
            }
            texts.add(new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8));
            in.position(in.position() + length);
        }
        return texts;
    }

    private static DataFileException corrupt(String detail) {
        return DataFileException.ofFile(FILE, "corrupt-model", detail);
    }
}
