package io.cccpexplorer.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Reads the five JSON files of the spec into records, failing with the file and JSON location of any problem. */
final class SpecReader {

    static final String INTERFACES = "interfaces.json";
    static final String FIELD_TYPES = "field-types.json";
    static final String CLASSES = "classes.json";
    static final String NAMESPACES = "namespaces.json";
    static final String PRIMITIVES = "primitives.json";

    /** A generous bound on class inheritance depth; the real catalogue stays under ten levels. */
    private static final int MAX_INHERITANCE_DEPTH = 64;

    private final ObjectMapper mapper = new ObjectMapper();
    private final SpecSource source;
    private final Map<String, JsonNode> trees = new LinkedHashMap<>();
    private String version;

    SpecReader(SpecSource source) {
        this.source = source;
    }

    ProtocolSpec read() {
        SpecNode namespaces = file(NAMESPACES);
        SpecNode fieldTypes = file(FIELD_TYPES);
        SpecNode interfaces = file(INTERFACES);
        SpecNode classes = file(CLASSES);
        SpecNode primitives = file(PRIMITIVES);

        List<String> defaultNamespaces = readNamespaces(namespaces);
        Map<Integer, FieldTypeSpec> types = new LinkedHashMap<>();
        for (FieldTypeSpec t : fieldTypes.get("fieldTypes").map(SpecReader::fieldType)) {
            if (types.putIfAbsent(t.code(), t) != null) {
                throw fieldTypes.error("field type code " + t.code() + " listed twice", "unique codes");
            }
        }
        List<InterfaceSpec> itfs = interfaces.get("interfaces").map(SpecReader::interfaceSpec);
        if (itfs.stream().noneMatch(i -> i.name().equals(ProtocolSpec.EXPLORER))) {
            throw interfaces.get("interfaces").error("no interface named explorer", "the explorer module");
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < defaultNamespaces.size(); i++) {
            rank.put(defaultNamespaces.get(i), i);
        }
        List<ClassSpec> cls = readClasses(classes, types, rank);
        WireFacts facts = readFacts(primitives);

        ObjectNode json = mapper.createObjectNode();
        json.put("specVersion", version);
        json.set("source", trees.get(INTERFACES).get("source"));
        json.set("directions", trees.get(INTERFACES).get("directions"));
        json.set("interfaces", trees.get(INTERFACES).get("interfaces"));
        json.set("fieldTypes", trees.get(FIELD_TYPES).get("fieldTypes"));
        json.set("classes", trees.get(CLASSES).get("classes"));
        json.set("defaultNamespaces", trees.get(NAMESPACES).get("defaultNamespaces"));
        ObjectNode wireFormat = trees.get(PRIMITIVES).deepCopy();
        wireFormat.remove("specVersion");
        json.set("wireFormat", wireFormat);
        ObjectNode notes = json.putObject("notes");
        notes.set("fieldTypes", trees.get(FIELD_TYPES).get("notes"));
        notes.set("classes", trees.get(CLASSES).get("notes"));
        return new ProtocolSpec(version, itfs, List.copyOf(types.values()), cls, new ClassIndex(cls, rank),
                defaultNamespaces, facts, json);
    }

    private SpecNode file(String name) {
        JsonNode tree;
        try (InputStream in = source.open(name)) {
            if (in == null) {
                throw new ProtocolSpecException("protocol spec file " + name + " not found (expected under "
                        + SpecSource.RESOURCE_DIRECTORY + ")");
            }
            tree = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ProtocolSpecException(name + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProtocolSpecException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ProtocolSpecException(name + ": "
                    + (tree == null ? "empty" : tree.getNodeType().toString().toLowerCase())
                    + " (expected: a JSON object)");
        }
        SpecNode root = SpecNode.root(name, tree);
        String fileVersion = root.get("specVersion").text();
        if (version == null) {
            version = fileVersion;
        } else if (!version.equals(fileVersion)) {
            throw root.error("specVersion " + fileVersion, "the same version as the other files, " + version);
        }
        trees.put(name, tree);
        return root;
    }

    private static List<String> readNamespaces(SpecNode root) {
        List<SpecNode> entries = root.get("defaultNamespaces").elements();
        List<String> paths = new ArrayList<>(entries.size());
        for (SpecNode entry : entries) {
            int number = entry.get("number").integer();
            if (number != paths.size() + 1) {
                throw entry.error("number " + number, "consecutive numbers from 1, here " + (paths.size() + 1));
            }
            paths.add(entry.get("path").text());
        }
        return List.copyOf(paths);
    }

    private static FieldTypeSpec fieldType(SpecNode n) {
        return new FieldTypeSpec(n.get("code").integer(), n.get("name").text(), n.get("value").text(),
                n.get("inherited").bool(), n.optionalInteger("baseCode"), n.get("encoding").text());
    }

    private static InterfaceSpec interfaceSpec(SpecNode n) {
        Integer moduleId = n.optionalInteger("moduleId");
        return new InterfaceSpec(n.get("name").text(),
                n.get("kind").convert(k -> InterfaceKind.fromWireName(k.text())),
                moduleId == null ? OptionalInt.empty() : OptionalInt.of(moduleId),
                n.get("servedBy").map(SpecNode::text),
                n.optionalText("summary"),
                n.get("argumentsKnown").bool(),
                evidence(n),
                n.get("messages").map(SpecReader::message));
    }

    private static MessageSpec message(SpecNode n) {
        return new MessageSpec(n.get("id").integer(), n.get("name").text(),
                n.get("direction").convert(d -> Direction.fromWireName(d.text())),
                n.get("argumentsKnown").bool(),
                n.get("arguments").map(SpecReader::argument),
                n.optionalText("summary"), n.optionalText("dispatchBehaviour"), evidence(n));
    }

    private static ArgumentSpec argument(SpecNode n) {
        return new ArgumentSpec(n.get("name").text(),
                n.get("encoding").convert(e -> ArgumentEncoding.fromWireName(e.text())),
                n.optionalText("objectClass"));
    }

    private static List<Evidence> evidence(SpecNode n) {
        return n.has("evidence") ? n.get("evidence").map(e -> Evidence.fromTag(e.text())) : List.of();
    }

    /** Two passes: own fields first, then inherited fields once every class is indexed. */
    private static List<ClassSpec> readClasses(SpecNode root, Map<Integer, FieldTypeSpec> types,
                                               Map<String, Integer> rank) {
        SpecNode list = root.get("classes");
        List<ClassSpec> drafts = list.map(n -> {
            Integer id = n.optionalHex("classId");
            return new ClassSpec(n.get("namespace").text(), n.get("name").text(),
                    id == null ? OptionalInt.empty() : OptionalInt.of(id), n.optionalText("parent"),
                    n.optionalText("parentNamespace"), n.optionalText("description"), evidence(n),
                    n.get("fields").map(f -> field(f, types)), List.of());
        });
        ClassIndex draftIndex = list.convert(n -> new ClassIndex(drafts, rank));
        List<ClassSpec> out = new ArrayList<>(drafts.size());
        List<SpecNode> nodes = list.elements();
        for (int i = 0; i < drafts.size(); i++) {
            ClassSpec c = drafts.get(i);
            List<FieldSpec> all = nodes.get(i).convert(n -> inheritedFields(c, draftIndex));
            out.add(new ClassSpec(c.namespace(), c.name(), c.classId(), c.parent(), c.parentNamespace(),
                    c.description(), c.evidence(), c.fields(), all));
        }
        return List.copyOf(out);
    }

    private static FieldSpec field(SpecNode n, Map<Integer, FieldTypeSpec> types) {
        int code = n.get("type").integer();
        FieldTypeSpec type = types.get(code);
        if (type == null) {
            throw n.get("type").error(String.valueOf(code), "a code of " + FIELD_TYPES);
        }
        return new FieldSpec(n.optionalInteger("id"), n.get("name").text(), type, n.optionalText("itemClass"),
                n.optionalText("itemNamespace"), n.optionalBool("itemClassExternal", false),
                n.optionalText("description"));
    }

    private static List<FieldSpec> inheritedFields(ClassSpec c, ClassIndex index) {
        List<ClassSpec> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ClassSpec at = c; at != null; ) {
            if (!seen.add(at.qualifiedName()) || chain.size() > MAX_INHERITANCE_DEPTH) {
                throw new IllegalArgumentException("class " + c.qualifiedName() + ": inheritance cycle through "
                        + at.qualifiedName() + " (expected: a chain ending at the root class)");
            }
            chain.add(0, at);
            if (at.parent() == null) {
                break;
            }
            String parent = at.qualifiedParent();
            ClassSpec from = at;
            at = index.qualified(parent).orElseThrow(() -> new IllegalArgumentException(
                    "class " + from.qualifiedName() + ": parent " + parent + " (expected: a class of the catalogue)"));
        }
        List<FieldSpec> all = new ArrayList<>();
        chain.forEach(k -> all.addAll(k.fields()));
        return all;
    }

    private static WireFacts readFacts(SpecNode root) {
        Map<Integer, String> sessionTypes = new LinkedHashMap<>();
        for (SpecNode n : root.get("sessionTypes").elements()) {
            sessionTypes.put(n.get("value").integer(), n.get("name").text());
        }
        Map<Integer, String> listActions = new LinkedHashMap<>();
        for (SpecNode n : root.get("listActions").elements()) {
            listActions.put(n.get("value").integer(), n.get("name").text());
        }
        List<String> operators = root.get("filterLanguage").get("operators").map(n -> n.get("symbol").text());
        SpecNode framing = root.get("framing");
        return new WireFacts(root.get("versions").get("productVersion").integer(),
                framing.get("minFrameLength").integer(), framing.get("recommendedMaxFrameLength").integer(),
                sessionTypes, listActions, operators);
    }
}
