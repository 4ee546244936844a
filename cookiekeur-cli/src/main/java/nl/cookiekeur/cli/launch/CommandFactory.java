package nl.cookiekeur.cli.launch;

import java.io.BufferedReader;
import java.lang.reflect.Constructor;
import nl.cookiekeur.cli.CliServices;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates commands with their collaborators: a command declares a constructor taking {@link CliServices},
 * or {@link CliServices} and the {@link BufferedReader} it reads answers from; others use the default.
 */
final class CommandFactory implements IFactory {
    private final CliServices services;
    private final BufferedReader in;

    CommandFactory(CliServices services, BufferedReader in) {
        this.services = services;
        this.in = in;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == CliServices.class) {
                return type.cast(accessible(constructor).newInstance(services));
            }
            if (parameters.length == 2 && parameters[0] == CliServices.class && parameters[1] == BufferedReader.class) {
                return type.cast(accessible(constructor).newInstance(services, in));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }

    private static Constructor<?> accessible(Constructor<?> constructor) {
        constructor.setAccessible(true);
        return constructor;
    }
}
