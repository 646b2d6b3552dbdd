package io.cccpexplorer.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor exports exactly the API packages ({@link PublicSurfaceTest#API_PACKAGES}) and
 * never {@code internal}; it needs cccp-protocol, Netty and SLF4J only.
 */
class ModuleDescriptorTest {

    @Test
    void theModuleExportsOnlyTheApiPackages() throws Exception {
        ModuleDescriptor module = descriptor();

        assertThat(module.name()).isEqualTo("io.cccpexplorer.client");
        assertThat(module.exports()).allMatch(e -> !e.isQualified());
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(PublicSurfaceTest.API_PACKAGES);
        assertThat(module.packages()).contains("io.cccpexplorer.client.internal");
        assertThat(module.opens()).isEmpty();
        assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name))
                .containsExactlyInAnyOrder("java.base", "io.cccpexplorer.protocol", "io.netty.common",
                        "io.netty.buffer", "io.netty.transport", "org.slf4j");
    }

    private static ModuleDescriptor descriptor() throws IOException, java.net.URISyntaxException {
        Path classes = Path.of(CccpClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in, () -> packagesOf(classes));
        }
    }

    private static java.util.Set<String> packagesOf(Path classes) {
        try (var files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
