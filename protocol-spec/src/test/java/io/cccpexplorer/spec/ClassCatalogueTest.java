package io.cccpexplorer.spec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class ClassCatalogueTest {

    private static final String DISPATCH_DB = "com.consistent.ccenter.dispatch_db";
    private static final String PROTOCOL = "com.consistent.protocol";

    private static ProtocolSpec spec;

    @BeforeAll
    static void load() {
        spec = ProtocolSpec.load();
    }

    @Test
    void catalogueCoversEveryDocumentedClassOnce() {
        assertThat(spec.classes()).hasSizeGreaterThan(550);
        assertThat(spec.classes().stream().map(ClassSpec::qualifiedName)).doesNotHaveDuplicates();
        assertThat(spec.classes().stream().filter(c -> c.namespace().equals(DISPATCH_DB)))
                .hasSizeGreaterThanOrEqualTo(47);
        assertThat(spec.classes().stream().filter(c -> c.namespace().equals(PROTOCOL))).hasSizeGreaterThanOrEqualTo(26);
    }

    @Test
    void classIdsAreUniqueAndResolveBack() {
        List<Integer> ids = spec.classes().stream().filter(c -> c.classId().isPresent())
                .map(c -> c.classId().getAsInt()).toList();

        assertThat(ids).hasSizeGreaterThan(90).doesNotHaveDuplicates();
        spec.classes().stream().filter(c -> c.classId().isPresent()).forEach(c ->
                assertThat(spec.classById(c.classId().getAsInt())).containsSame(c));
    }

    @Test
    void dispatchAndProtocolClassesCarryWireIds() {
        spec.classes().stream().filter(c -> c.namespace().equals(DISPATCH_DB)).forEach(c -> {
            assertThat(c.classId()).as(c.name()).isPresent();
            assertThat(c.fields()).as(c.name()).allSatisfy(f -> assertThat(f.id()).isNotNull());
        });
        List<ClassSpec> fromBinary = spec.classes().stream().filter(c -> c.evidence().contains(Evidence.BIN)).toList();
        assertThat(fromBinary).hasSize(84).allSatisfy(c -> {
            assertThat(c.classId()).as(c.name()).isPresent();
            assertThat(c.allFields()).as(c.name()).allSatisfy(f -> assertThat(f.id()).isNotNull());
        });
        assertThat(spec.classById(0x83000007)).get().extracting(ClassSpec::name).isEqualTo("consistent_protocol_list");
    }

    @Test
    void everyFieldTypeIsAKnownCode() {
        spec.classes().forEach(c -> c.fields().forEach(f ->
                assertThat(spec.fieldType(f.type().code())).as("%s.%s", c.qualifiedName(), f.name())
                        .containsSame(f.type())));
    }

    @Test
    void everyListOrReferenceNamesAnExistingOrExternalClass() {
        spec.classes().forEach(c -> c.fields().stream().filter(f -> f.type().refersToClass()).forEach(f -> {
            assertThat(f.itemClass()).as("item class of %s.%s", c.qualifiedName(), f.name()).isNotNull();
            if (!f.itemClassExternal()) {
                assertThat(spec.itemClassOf(f)).as("%s.%s -> %s", c.qualifiedName(), f.name(), f.itemClass())
                        .get().extracting(ClassSpec::name).isEqualTo(f.itemClass());
            }
        }));
        spec.classes().forEach(c -> c.fields().stream().filter(f -> !f.type().refersToClass()
                        && f.type().code() != FieldTypeSpec.EXTERNAL_REFERENCE)
                .forEach(f -> assertThat(f.itemClass()).as("%s.%s", c.qualifiedName(), f.name()).isNull()));
    }

    @Test
    void fieldIdsAreUniqueIncludingInheritedOnes() {
        spec.classes().forEach(c -> assertThat(c.allFields().stream().map(FieldSpec::id).filter(Objects::nonNull))
                .as(c.qualifiedName()).doesNotHaveDuplicates());
        // classes read from the binary never reuse a name; the documentation catalogue lets a subclass
        // re-list an inherited field (ccenter_ccxml_extension.comment), so there only own names are unique
        spec.classes().stream().filter(c -> c.classId().isPresent()).forEach(c ->
                assertThat(c.allFields().stream().map(FieldSpec::name)).as(c.qualifiedName()).doesNotHaveDuplicates());
        spec.classes().forEach(c -> assertThat(c.fields().stream().map(FieldSpec::name))
                .as(c.qualifiedName()).doesNotHaveDuplicates());
    }

    @Test
    void everyParentChainEndsAtTheRoot() {
        ClassSpec root = spec.classNamed("wow_xml_object").orElseThrow();
        assertThat(root.parent()).isNull();
        assertThat(root.namespace()).isEmpty();
        spec.classes().stream().filter(c -> c != root).forEach(c ->
                assertThat(spec.parentOf(c)).as("parent of %s", c.qualifiedName()).get()
                        .isNotSameAs(c).extracting(ClassSpec::name).isEqualTo(c.parent()));
        assertThat(spec.parentOf(root)).isEmpty();
    }

    @Test
    void sessionFieldsMatchTheBinary() {
        ClassSpec session = spec.classById(0x40000012).orElseThrow();

        assertThat(session.name()).isEqualTo("ccenter_dispatch_db_session");
        assertThat(spec.classNamed("ccenter_dispatch_db_session")).containsSame(session);
        assertThat(spec.classNamed(DISPATCH_DB + ".ccenter_dispatch_db_session")).containsSame(session);
        assertField(session, 3, "session_id", "string");
        assertField(session, 4, "session_type", "uint_32");
        assertField(session, 6, "create_date", "date");
        assertField(session, 7, "terminate_date", "date");
        assertThat(session.field("connections").orElseThrow().itemClass()).isEqualTo("ccenter_dispatch_db_connection");
        assertThat(session.field("connections").orElseThrow().type().code()).isEqualTo(FieldTypeSpec.LIST);
    }

    @Test
    void userSessionInheritsSessionFieldsAndAddsTheUserReference() {
        ClassSpec userSession = spec.classNamed("ccenter_dispatch_db_user_session").orElseThrow();

        assertThat(userSession.classId()).hasValue(0x40000019);
        assertThat(userSession.parent()).isEqualTo("ccenter_dispatch_db_session");
        FieldSpec user = userSession.field(1000).orElseThrow();
        assertThat(user.name()).isEqualTo("user");
        assertThat(user.type().code()).isEqualTo(FieldTypeSpec.INTERNAL_REFERENCE);
        assertThat(user.itemClass()).isEqualTo("ccenter_dispatch_db_user");
        assertThat(userSession.fields()).extracting(FieldSpec::name).doesNotContain("session_id");
        assertThat(userSession.allFields().get(0).name()).isEqualTo("project_name");
        assertThat(userSession.field("session_type")).get().extracting(FieldSpec::id).isEqualTo(4);
        assertThat(userSession.allFields()).hasSize(spec.classNamed("ccenter_dispatch_db_session").orElseThrow()
                .allFields().size() + userSession.fields().size());
    }

    @Test
    void dispatchRootHasElevenLists() {
        ClassSpec root = spec.classById(0x4000000F).orElseThrow();

        assertThat(root.name()).isEqualTo("ccenter_dispatch_db");
        assertThat(root.fields()).hasSize(11)
                .allSatisfy(f -> assertThat(f.type().code()).isEqualTo(FieldTypeSpec.LIST));
        assertThat(root.fields()).extracting(FieldSpec::id)
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(root.field("sessions").orElseThrow().itemClass()).isEqualTo("ccenter_dispatch_db_session");
        assertThat(root.field("queues").orElseThrow().id()).isEqualTo(4);
    }

    @Test
    void protocolValueSubclassesKeepTheFieldIndexOfTheirBase() {
        ClassSpec stringValue = spec.classById(0x8300000B).orElseThrow();

        assertThat(stringValue.allFields()).extracting(FieldSpec::id, FieldSpec::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "field_index"),
                        org.assertj.core.groups.Tuple.tuple(1000, "value"));
    }

    @Test
    void simpleNamesSharedByNamespacesResolveDeterministically() {
        ClassSpec ccxmlAssign = spec.classNamed("org.w3.ccxml.assign").orElseThrow();
        ClassSpec vxmlAssign = spec.classNamed("org.w3.vxml.assign").orElseThrow();

        assertThat(ccxmlAssign).isNotEqualTo(vxmlAssign);
        // org.w3.ccxml is default namespace 32, org.w3.vxml 36
        assertThat(spec.classNamed("assign")).containsSame(ccxmlAssign);
        assertThat(spec.classNamed("no_such_class")).isEmpty();
    }

    @Test
    void parentsAreResolvedAcrossNamespacesByInheritanceChain() {
        // the VoiceXML text element extends the SSML one of the same simple name, not itself
        ClassSpec vxmlText = spec.classNamed("org.w3.vxml.text").orElseThrow();

        assertThat(vxmlText.qualifiedParent()).isEqualTo("org.w3.ssml.text");
        assertThat(spec.parentOf(vxmlText).orElseThrow().parent()).isEqualTo("text_element");
    }

    @Test
    void dispatchItemClassesStayInTheDispatchNamespace() {
        ClassSpec user = spec.classNamed("ccenter_dispatch_db_user").orElseThrow();

        assertThat(spec.itemClassOf(user.field("sessions").orElseThrow()))
                .get().extracting(ClassSpec::qualifiedName)
                .isEqualTo(DISPATCH_DB + ".ccenter_dispatch_db_user_session_reference");
        assertThat(spec.itemClassOf(user.field("array_statistics").orElseThrow()))
                .get().extracting(ClassSpec::qualifiedName)
                .isEqualTo("com.consistent.db.consistent_db_array_statistic");
        assertThat(spec.itemClassOf(user.field("login").orElseThrow())).isEmpty();
    }

    private static void assertField(ClassSpec c, int id, String name, String typeName) {
        FieldSpec f = c.field(id).orElseThrow();
        assertThat(f.name()).isEqualTo(name);
        assertThat(f.type().name()).isEqualTo(typeName);
        assertThat(c.field(name)).containsSame(f);
    }
}
