package io.cccpexplorer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module {@code io.cccpexplorer.spec}: it exports its one API package, and on the module path (where the
 * class path's loader no longer finds a named module's resources) it still reads its own spec and readable text.
 */
class ModuleDescriptorTest {

    static Path classes() throws Exception {
        return Path.of(ProtocolSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theModuleExportsItsApiPackageAndRequiresJacksonTransitively() throws Exception {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertThat(module.name()).isEqualTo("io.cccpexplorer.spec");
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("io.cccpexplorer.spec");
        assertThat(module.exports()).allMatch(e -> !e.isQualified());
        assertThat(module.requires()).filteredOn(r -> r.name().equals("com.fasterxml.jackson.databind"))
                .singleElement().satisfies(r -> assertThat(r.modifiers())
                        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }

    @Test
    void onTheModulePathTheSpecAndItsReadableTextAreRead() throws Exception {
        // a layer of this module and Jackson's jars, as an embedder on the module path has it
        Set<Path> path = new java.util.LinkedHashSet<>();
        path.add(classes());
        for (Class<?> jackson : List.of(com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.annotation.JsonProperty.class)) {
            path.add(Path.of(jackson.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        assertThat(finder.findAll()).extracting(r -> r.descriptor().name()).contains("io.cccpexplorer.spec");
        var config = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(),
                Set.of("io.cccpexplorer.spec"));
        try (URLClassLoader parent = new URLClassLoader(new URL[0], null)) {
            ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, parent);
            Module spec = layer.findModule("io.cccpexplorer.spec").orElseThrow();
            assertThat(spec.isNamed()).isTrue();
            Class<?> protocolSpec = Class.forName(spec, ProtocolSpec.class.getName());
            Object loaded = protocolSpec.getMethod("load").invoke(null);
            assertThat(protocolSpec.getMethod("toJson").invoke(loaded).toString()).contains("\"classes\"");
            Class<?> readable = Class.forName(spec, ReadableSpec.class.getName());
            assertThat((String) readable.getMethod("markdown").invoke(null)).startsWith("# The CCCP protocol");
        }
        assertThat(finder.findAll().stream().map(ModuleReference::descriptor).map(ModuleDescriptor::name)
                .collect(Collectors.toSet())).contains("com.fasterxml.jackson.databind");
    }
}
