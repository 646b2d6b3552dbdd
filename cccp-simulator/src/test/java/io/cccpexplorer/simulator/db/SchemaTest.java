package io.cccpexplorer.simulator.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.spec.ClassSpec;
import io.cccpexplorer.spec.FieldSpec;
import io.cccpexplorer.spec.ProtocolSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulator's schema is protocol-spec's: every class, field and wire id it can serve is in the spec, and
 * every class name the simulator's code creates objects of is in the schema.
 */
class SchemaTest {

    private static final ProtocolSpec SPEC = ProtocolSpec.load();

    @Test
    void everyClassFieldAndWireIdIsTheSpecs() {
        List<ClassDef> classes = Schema.dispatch().classes();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(86);
        for (ClassDef c : classes) {
            ClassSpec spec = SPEC.classById(c.id()).orElseThrow(() -> new AssertionError("no spec class " + c));
            assertThat(spec.name()).isEqualTo(c.name());
            assertThat(Schema.NAMESPACES).contains(spec.namespace());
            for (FieldDef f : c.fields()) {
                FieldSpec fs = spec.field(f.name()).orElseThrow(() -> new AssertionError(c + "." + f.name()));
                assertThat(fs.id()).as(c + "." + f.name()).isEqualTo(f.id());
                assertThat(fs.type().code()).as(c + "." + f.name()).isEqualTo(f.kind().wireType().code());
                assertThat(fs.itemClass()).as(c + "." + f.name()).isEqualTo(f.itemClass());
            }
        }
    }

    @Test
    void theDispatchClassesAreComplete() {
        // every class of the dispatch's own namespace, with every field the spec gives an id
        for (ClassSpec spec : SPEC.classes()) {
            if (spec.namespace().equals("com.consistent.ccenter.dispatch_db")) {
                ClassDef c = Schema.dispatch().classNamed(spec.name());
                for (FieldSpec f : spec.fields()) {
                    assertThat(c.field(f.name())).as(spec.name() + "." + f.name()).isNotNull();
                }
            }
        }
    }

    @Test
    void everyClassTheSimulatorCreatesIsInTheSchema() throws IOException {
        Pattern literal = Pattern.compile("\"((?:ccenter_dispatch_db|consistent_db|consistent_protocol)_[a-z0-9_]+)\"");
        TreeSet<String> names = new TreeSet<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path source : sources) {
            Matcher m = literal.matcher(Files.readString(source));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).contains("ccenter_dispatch_db_user", "consistent_db_duration_statistics");
        for (String name : names) {
            assertThat(Schema.dispatch().classNamed(name).name()).isEqualTo(name);
        }
    }
}
