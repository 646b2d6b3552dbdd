package io.cccpexplorer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of cccp-protocol is API: the compiled module descriptor exports each package that holds classes,
 * so a package added later cannot be forgotten (cccp-client, a named module, could not use it).
 */
class ModuleDescriptorTest {

    @Test
    void theModuleExportsEveryPackage() throws Exception {
        Path classes = Path.of(LogText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> packages = packagesOf(classes);
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in, () -> packages);
        }

        assertThat(module.name()).isEqualTo("io.cccpexplorer.protocol");
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .isEqualTo(packages);
    }

    private static Set<String> packagesOf(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
