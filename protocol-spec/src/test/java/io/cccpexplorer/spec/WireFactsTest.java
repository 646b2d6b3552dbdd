package io.cccpexplorer.spec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WireFactsTest {

    private static ProtocolSpec spec;

    @BeforeAll
    static void load() {
        spec = ProtocolSpec.load();
    }

    @Test
    void thirtyEightDefaultNamespacesInTheFixedOrder() {
        assertThat(spec.defaultNamespaces()).hasSize(38).doesNotHaveDuplicates();
        assertThat(spec.defaultNamespaces().get(0)).isEqualTo("com.consistent.protocol");
        assertThat(spec.defaultNamespaceNumber("com.consistent.protocol")).hasValue(1);
        assertThat(spec.defaultNamespaceNumber("com.consistent.ccenter.dispatch_db")).hasValue(9);
        assertThat(spec.defaultNamespaceNumber("org.xmlsoap")).hasValue(38);
        assertThat(spec.defaultNamespaceNumber("com.example")).isEmpty();
    }

    @Test
    void everyClassNamespaceIsADefaultNamespace() {
        spec.classes().stream().filter(c -> !c.namespace().isEmpty()).forEach(c ->
                assertThat(spec.defaultNamespaces()).as(c.qualifiedName()).contains(c.namespace()));
    }

    @Test
    void fieldTypeCodesAreExactlyTheWireCodes() {
        assertThat(spec.fieldTypes()).extracting(FieldTypeSpec::code).containsExactlyInAnyOrder(
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50, 70, 71, 72, 101, 102, 103, 104, 105, 106, 107, 170);
        assertThat(spec.fieldType(50)).get().extracting(FieldTypeSpec::name).isEqualTo("list");
        assertThat(spec.fieldType(30)).isEmpty();
    }

    @Test
    void inheritedTypesPointAtTheirBaseValue() {
        spec.fieldTypes().stream().filter(FieldTypeSpec::inherited).forEach(t -> {
            FieldTypeSpec base = spec.fieldType(t.baseCode()).orElseThrow();
            assertThat(base.inherited()).isFalse();
            assertThat(t.value()).isEqualTo(base.value());
        });
        assertThat(spec.fieldType(107).orElseThrow().baseCode()).isEqualTo(8);
        assertThat(spec.fieldType(170).orElseThrow().baseCode()).isEqualTo(70);
    }

    @Test
    void framingVersionSessionTypesListActionsAndFilterOperators() {
        WireFacts facts = spec.wireFacts();

        assertThat(facts.productVersion()).isEqualTo(0x020A008C);
        assertThat(facts.minFrameLength()).isEqualTo(8);
        assertThat(facts.recommendedMaxFrameLength()).isEqualTo(64 * 1024 * 1024);
        assertThat(facts.sessionTypes()).isEqualTo(Map.of(1, "call", 2, "internal", 3, "user", 4, "explorer"));
        assertThat(facts.listActions()).isEqualTo(Map.of(1, "added", 2, "filtered_out", 3, "removed"));
        assertThat(facts.filterOperators())
                .contains("eq", "ne", "lt", "le", "gt", "ge", "and", "or", "div", "idiv", "mod");
    }
}
