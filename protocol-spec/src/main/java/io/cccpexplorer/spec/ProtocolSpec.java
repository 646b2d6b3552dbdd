package io.cccpexplorer.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CCCP protocol as data: every interface and message with its arguments, the object-field type codes, the
 * class catalogue with class and field ids, the default namespace table and the framing facts. Loaded from the JSON
 * resources of this module; immutable and thread-safe. Load it once and keep the instance: each
 * {@link #load()} parses the files again.
 *
 * <pre>{@code
 * ProtocolSpec spec = ProtocolSpec.load();
 * MessageSpec queryList = spec.explorer().message("query_list").orElseThrow();   // id 10011, 9 arguments
 * ClassSpec session = spec.classNamed("ccenter_dispatch_db_session").orElseThrow();
 * }</pre>
 */
public final class ProtocolSpec {

    /** Name of the only interface the dashboard speaks. */
    public static final String EXPLORER = "explorer";

    private final String version;
    private final List<InterfaceSpec> interfaces;
    private final Map<String, InterfaceSpec> interfacesByName;
    private final List<FieldTypeSpec> fieldTypes;
    private final Map<Integer, FieldTypeSpec> fieldTypesByCode;
    private final List<ClassSpec> classes;
    private final ClassIndex classIndex;
    private final List<String> defaultNamespaces;
    private final WireFacts wireFacts;
    private final ObjectNode json;

    ProtocolSpec(String version, List<InterfaceSpec> interfaces, List<FieldTypeSpec> fieldTypes,
                 List<ClassSpec> classes, ClassIndex classIndex, List<String> defaultNamespaces,
                 WireFacts wireFacts, ObjectNode json) {
        this.version = Objects.requireNonNull(version, "version");
        this.interfaces = List.copyOf(interfaces);
        this.interfacesByName = this.interfaces.stream()
                .collect(Collectors.toUnmodifiableMap(InterfaceSpec::name, Function.identity(), (a, b) -> {
                    throw new ProtocolSpecException(SpecReader.INTERFACES + ": interface " + a.name()
                            + " listed twice (expected: unique names)");
                }));
        this.fieldTypes = List.copyOf(fieldTypes);
        this.fieldTypesByCode = this.fieldTypes.stream()
                .collect(Collectors.toUnmodifiableMap(FieldTypeSpec::code, Function.identity()));
        this.classes = List.copyOf(classes);
        this.classIndex = classIndex;
        this.defaultNamespaces = List.copyOf(defaultNamespaces);
        this.wireFacts = Objects.requireNonNull(wireFacts, "wireFacts");
        this.json = json.deepCopy();
    }

    /**
     * Loads the spec packaged with this module. Each call parses the files again: keep the instance.
     *
     * @return the spec
     * @throws ProtocolSpecException naming the file and JSON location when a resource is missing or malformed
     */
    public static ProtocolSpec load() {
        return load(SpecSource.classpath());
    }

    /**
     * Loads the spec from another source of the same five files.
     *
     * @param source where the JSON files are read from
     * @return the spec
     * @throws ProtocolSpecException naming the file and JSON location when a file is missing or malformed
     */
    public static ProtocolSpec load(SpecSource source) {
        return new SpecReader(Objects.requireNonNull(source, "source")).read();
    }

    /**
     * The {@code specVersion} shared by every file (semantic version of the data, not of CCenter).
     *
     * @return the version, e.g. {@code 1.0.0}
     */
    public String version() {
        return version;
    }

    /**
     * Every interface: the modules first, then the logger-record families.
     *
     * @return the interfaces
     */
    public List<InterfaceSpec> interfaces() {
        return interfaces;
    }

    /**
     * The interface with this name, e.g. {@code explorer}, {@code user_control}, {@code ccxml_logger}.
     *
     * @param name the interface's name
     * @return the interface, or empty
     */
    public Optional<InterfaceSpec> interfaceNamed(String name) {
        return Optional.ofNullable(interfacesByName.get(name));
    }

    /**
     * The module whose first message carries this id (e.g. 103 for explorer).
     *
     * @param moduleId the id of a connection's first frame
     * @return the module, or empty
     */
    public Optional<InterfaceSpec> interfaceByModuleId(int moduleId) {
        return interfaces.stream()
                .filter(i -> i.moduleId().isPresent() && i.moduleId().getAsInt() == moduleId)
                .findFirst();
    }

    /**
     * The explorer module (id 103); its presence is checked at load time.
     *
     * @return the explorer interface, with its 88 messages
     */
    public InterfaceSpec explorer() {
        return interfacesByName.get(EXPLORER);
    }

    /**
     * A logger-record family such as {@code ccxml_logger}.
     *
     * @param name the family's name
     * @return the family; empty for module names and unknown names
     */
    public Optional<InterfaceSpec> loggerInterface(String name) {
        return interfaceNamed(name).filter(i -> i.kind() == InterfaceKind.LOGGER);
    }

    /**
     * The object-field type codes, in code order.
     *
     * @return the types
     */
    public List<FieldTypeSpec> fieldTypes() {
        return fieldTypes;
    }

    /**
     * The field type with this u16 code.
     *
     * @param code the code written after a field id in an object blob
     * @return the type, or empty
     */
    public Optional<FieldTypeSpec> fieldType(int code) {
        return Optional.ofNullable(fieldTypesByCode.get(code));
    }

    /**
     * Every class of the catalogue: the dispatch and protocol classes with ids, then the rest by namespace.
     *
     * @return the classes
     */
    public List<ClassSpec> classes() {
        return classes;
    }

    /**
     * The class with this u32 class id.
     *
     * @param classId the id written in object blobs (unsigned meaning: {@code 0x83000001} is a negative int)
     * @return the class, or empty
     */
    public Optional<ClassSpec> classById(int classId) {
        return classIndex.byId(classId);
    }

    /**
     * A class by qualified name ({@code com.consistent.ccenter.dispatch_db.ccenter_dispatch_db_session}) or simple
     * name; a simple name shared by several namespaces resolves to the lowest default namespace number.
     *
     * @param name the qualified or simple name
     * @return the class, or empty
     */
    public Optional<ClassSpec> classNamed(String name) {
        return classIndex.named(name);
    }

    /**
     * The base class of {@code c}.
     *
     * @param c a class of this spec
     * @return its parent; empty for the root class {@code wow_xml_object}
     */
    public Optional<ClassSpec> parentOf(ClassSpec c) {
        return c.parent() == null ? Optional.empty() : classIndex.qualified(c.qualifiedParent());
    }

    /**
     * The class of a list field's items or a reference field's target.
     *
     * @param field a field of this spec
     * @return the class; empty for scalars and external classes
     */
    public Optional<ClassSpec> itemClassOf(FieldSpec field) {
        String qualified = field.qualifiedItemClass();
        return qualified == null ? Optional.empty() : classIndex.qualified(qualified);
    }

    /**
     * The 38 default namespace paths that {@code use_default_namespaces_index} loads.
     *
     * @return the paths; number n is at index n - 1
     */
    public List<String> defaultNamespaces() {
        return defaultNamespaces;
    }

    /**
     * The default number of a namespace path (1 for {@code com.consistent.protocol}).
     *
     * @param path a namespace path
     * @return its number in the default index, or empty
     */
    public OptionalInt defaultNamespaceNumber(String path) {
        int index = defaultNamespaces.indexOf(path);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    /**
     * Framing limits, version, session types, list actions and filter operators.
     *
     * @return the numeric facts code needs
     */
    public WireFacts wireFacts() {
        return wireFacts;
    }

    /**
     * The whole spec as one JSON tree, as served at {@code /api/protocol}: {@code specVersion}, {@code source}, {@code
     * directions}, {@code interfaces}, {@code fieldTypes}, {@code classes}, {@code defaultNamespaces}, {@code
     * wireFormat} (framing, primitives, blob grammar, session types, list actions, filter language, versions, ports)
     * and {@code notes}. The member names are those of the JSON resources.
     *
     * @return a fresh copy the caller may modify
     */
    public JsonNode toJson() {
        return json.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProtocolSpec other && version.equals(other.version) && interfaces.equals(other.interfaces)
                && fieldTypes.equals(other.fieldTypes) && classes.equals(other.classes)
                && defaultNamespaces.equals(other.defaultNamespaces) && wireFacts.equals(other.wireFacts)
                && json.equals(other.json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, interfaces, classes, defaultNamespaces);
    }

    @Override
    public String toString() {
        return "ProtocolSpec[version=" + version + ", interfaces=" + interfaces.size() + ", classes=" + classes.size()
                + ", fieldTypes=" + fieldTypes.size() + "]";
    }
}
