package io.cccpexplorer.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProtocolSpecLoadingTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void loadingTwiceGivesEqualButIndependentSpecs() {
        ProtocolSpec first = ProtocolSpec.load();
        ProtocolSpec second = ProtocolSpec.load();

        assertThat(second).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(second.explorer()).isEqualTo(first.explorer());
        assertThat(first.version()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void jsonTreeHoldsEverySectionAndCannotBeChangedFromOutside() {
        ProtocolSpec spec = ProtocolSpec.load();
        JsonNode json = spec.toJson();

        assertThat(json.get("specVersion").asText()).isEqualTo(spec.version());
        assertThat(json.get("interfaces").size()).isEqualTo(spec.interfaces().size());
        assertThat(json.get("interfaces").get(0).get("messages").size()).isEqualTo(88);
        assertThat(json.get("classes").size()).isEqualTo(spec.classes().size());
        assertThat(json.get("fieldTypes").size()).isEqualTo(spec.fieldTypes().size());
        assertThat(json.get("defaultNamespaces").size()).isEqualTo(38);
        assertThat(json.get("wireFormat").get("framing").get("minFrameLength").asInt()).isEqualTo(8);
        assertThat(json.get("wireFormat").has("specVersion")).isFalse();

        ((ObjectNode) json).removeAll();
        assertThat(spec.toJson().size()).isEqualTo(9);
    }

    @Test
    void missingFileIsNamed() {
        SpecSource withoutClasses = name -> name.equals("classes.json") ? null : SpecSource.classpath().open(name);

        assertThatThrownBy(() -> ProtocolSpec.load(withoutClasses))
                .isInstanceOf(ProtocolSpecException.class)
                .hasMessageContaining("classes.json not found");
    }

    @Test
    void invalidJsonReportsFileAndPosition() {
        SpecSource source = replacing("namespaces.json", "{\"specVersion\": \"1.0.0\",\n  \"defaultNamespaces\": [}");

        assertThatThrownBy(() -> ProtocolSpec.load(source))
                .isInstanceOf(ProtocolSpecException.class)
                .hasMessageStartingWith("namespaces.json: not valid JSON at line 2");
    }

    @Test
    void unknownArgumentEncodingReportsItsLocation() {
        SpecSource source = editing("interfaces.json", root -> {
            ObjectNode argument = (ObjectNode) root.get("interfaces").get(0).get("messages").get(2)
                    .get("arguments").get(0);
            argument.put("encoding", "u31");
        });

        assertThatThrownBy(() -> ProtocolSpec.load(source))
                .isInstanceOf(ProtocolSpecException.class)
                .hasMessageContaining("interfaces.json /interfaces/0/messages/2/arguments/0/encoding")
                .hasMessageContaining("u31");
    }

    @Test
    void unknownFieldTypeCodeIsRejected() {
        SpecSource source = editing("classes.json", root -> {
            ObjectNode field = (ObjectNode) root.get("classes").get(0).get("fields").get(0);
            field.put("type", 99);
        });

        assertThatThrownBy(() -> ProtocolSpec.load(source))
                .isInstanceOf(ProtocolSpecException.class)
                .hasMessageContaining("classes.json /classes/0/fields/0/type: 99 (expected: a code of "
                        + "field-types.json)");
    }

    @Test
    void missingMemberIsNamed() {
        SpecSource source = editing("interfaces.json", root ->
                ((ObjectNode) root.get("interfaces").get(0).get("messages").get(0)).remove("direction"));

        assertThatThrownBy(() -> ProtocolSpec.load(source))
                .isInstanceOf(ProtocolSpecException.class)
                .hasMessageContaining("interfaces.json /interfaces/0/messages/0/direction: missing");
    }

    @Test
    void duplicateClassIdIsRejected() {
        SpecSource source = editing("classes.json", root -> {
            ArrayNode classes = (ArrayNode) root.get("classes");
            String firstId = classes.get(0).get("classId").asText();
            ((ObjectNode) classes.get(1)).put("classId", firstId);
        });

        assertThatThrownBy(() -> ProtocolSpec.load(source))
                .isInstanceOf(ProtocolSpecException.class)
                .hasMessageContaining("classes.json /classes")
                .hasMessageContaining("(expected: unique)");
    }

    @Test
    void inheritanceCycleIsRejected() {
        SpecSource source = editing("classes.json", root -> {
            ArrayNode classes = (ArrayNode) root.get("classes");
            for (JsonNode c : classes) {
                if (c.get("name").asText().equals("wow_xml_object")) {
                    ((ObjectNode) c).put("parent", "ccenter_dispatch_db_session")
                            .put("parentNamespace", "com.consistent.ccenter.dispatch_db");
                }
            }
        });

        assertThatThrownBy(() -> ProtocolSpec.load(source))
                .isInstanceOf(ProtocolSpecException.class)
                .hasMessageContaining("inheritance cycle");
    }

    @Test
    void specWithoutTheExplorerIsRejected() {
        SpecSource source = editing("interfaces.json", root -> ((ArrayNode) root.get("interfaces")).remove(0));

        assertThatThrownBy(() -> ProtocolSpec.load(source))
                .isInstanceOf(ProtocolSpecException.class)
                .hasMessage("interfaces.json /interfaces: no interface named explorer (expected: the explorer module)");
    }

    @Test
    void filesOfDifferentVersionsAreNotMixed() {
        SpecSource source = editing("primitives.json", root -> ((ObjectNode) root).put("specVersion", "0.0.1"));

        assertThatThrownBy(() -> ProtocolSpec.load(source))
                .isInstanceOf(ProtocolSpecException.class)
                .hasMessageContaining("primitives.json")
                .hasMessageContaining("specVersion 0.0.1");
    }

    private static SpecSource replacing(String file, String content) {
        return name -> name.equals(file)
                ? new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))
                : SpecSource.classpath().open(name);
    }

    private static SpecSource editing(String file, Consumer<JsonNode> edit) {
        return name -> {
            if (!name.equals(file)) {
                return SpecSource.classpath().open(name);
            }
            JsonNode root = read(name);
            edit.accept(root);
            return new ByteArrayInputStream(MAPPER.writeValueAsBytes(root));
        };
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = SpecSource.classpath().open(name)) {
            return MAPPER.readTree(in);
        }
    }
}
