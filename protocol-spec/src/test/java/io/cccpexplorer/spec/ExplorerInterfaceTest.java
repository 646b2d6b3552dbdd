package io.cccpexplorer.spec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.cccpexplorer.spec.ArgumentEncoding.BOOL;
import static io.cccpexplorer.spec.ArgumentEncoding.DATE;
import static io.cccpexplorer.spec.ArgumentEncoding.OBJECT;
import static io.cccpexplorer.spec.ArgumentEncoding.STR;
import static io.cccpexplorer.spec.ArgumentEncoding.U32;
import static io.cccpexplorer.spec.Direction.CLIENT_TO_SERVER;
import static io.cccpexplorer.spec.Direction.SERVER_TO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

class ExplorerInterfaceTest {

    private static ProtocolSpec spec;
    private static InterfaceSpec explorer;

    @BeforeAll
    static void load() {
        spec = ProtocolSpec.load();
        explorer = spec.explorer();
    }

    @Test
    void explorerIsModule103AndTheSameAsTheNamedLookup() {
        assertThat(explorer.moduleId()).hasValue(103);
        assertThat(explorer.kind()).isEqualTo(InterfaceKind.MODULE);
        assertThat(spec.interfaceNamed("explorer")).containsSame(explorer);
        assertThat(spec.interfaceByModuleId(103)).containsSame(explorer);
    }

    @Test
    void hasExactlyTheEightyEightKnownIds() {
        Set<Integer> expected = Stream.of(
                        IntStream.of(0, 103),
                        IntStream.rangeClosed(10000, 10049).filter(id -> id != 10004 && id != 10027),
                        IntStream.rangeClosed(20000, 20038).filter(id -> id != 20018))
                .flatMapToInt(s -> s).boxed().collect(Collectors.toSet());

        List<Integer> ids = explorer.messages().stream().map(MessageSpec::id).toList();

        assertThat(ids).hasSize(88).doesNotHaveDuplicates();
        assertThat(Set.copyOf(ids)).isEqualTo(expected);
    }

    @Test
    void directionsFollowTheIdRanges() {
        for (MessageSpec m : explorer.messages()) {
            Direction expected = m.id() == 103 || (m.id() >= 10000 && m.id() <= 10049)
                    ? CLIENT_TO_SERVER : SERVER_TO_CLIENT;
            assertThat(m.direction()).as("direction of %d %s", m.id(), m.name()).isEqualTo(expected);
        }
        assertThat(explorer.message(0)).get().extracting(MessageSpec::name).isEqualTo("server_ask_to_disconnect");
        assertThat(explorer.messages(CLIENT_TO_SERVER)).hasSize(49);
        assertThat(explorer.messages(SERVER_TO_CLIENT)).hasSize(39);
    }

    @Test
    void namesAreUniquePerDirection() {
        for (Direction d : Direction.values()) {
            assertThat(explorer.messages(d).stream().map(MessageSpec::name)).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyExplorerSignatureIsKnown() {
        assertThat(explorer.argumentsKnown()).isTrue();
        assertThat(explorer.messages()).allSatisfy(m -> {
            assertThat(m.argumentsKnown()).as(m.name()).isTrue();
            assertThat(m.arguments()).allSatisfy(a -> assertThat(a.encoding()).isNotNull());
            assertThat(m.summary()).as("summary of %s", m.name()).isNotBlank();
        });
    }

    @Test
    void queryListHasTheNineArgumentsInWireOrder() {
        MessageSpec queryList = explorer.message(10011).orElseThrow();

        assertThat(explorer.message("query_list")).contains(queryList);
        assertThat(queryList.direction()).isEqualTo(CLIENT_TO_SERVER);
        assertThat(queryList.arguments()).containsExactly(
                new ArgumentSpec("session_id", U32, null),
                new ArgumentSpec("system_id", U32, null),
                new ArgumentSpec("path", STR, null),
                new ArgumentSpec("object_id", U32, null),
                new ArgumentSpec("field", STR, null),
                new ArgumentSpec("filter", STR, null),
                new ArgumentSpec("page_size", U32, null),
                new ArgumentSpec("window_field", STR, null),
                new ArgumentSpec("window_duration", U32, null));
        assertThat(queryList.dispatchBehaviour()).contains("silence");
    }

    @Test
    void objectResponseCarriesAProtocolObjectAndEchoesTheListSystemId() {
        MessageSpec objectResponse = explorer.message("object_response").orElseThrow();

        assertThat(objectResponse.id()).isEqualTo(20008);
        assertThat(objectResponse.direction()).isEqualTo(SERVER_TO_CLIENT);
        assertThat(objectResponse.arguments()).containsExactly(
                new ArgumentSpec("session_id", U32, null),
                new ArgumentSpec("system_id", U32, null),
                new ArgumentSpec("object", OBJECT, "consistent_protocol_object"),
                new ArgumentSpec("list_system_id", U32, null));
    }

    @Test
    void handshakeMessagesMatchTheSessionFlow() {
        assertThat(explorer.message(103).orElseThrow().arguments())
                .extracting(ArgumentSpec::encoding).containsExactly(U32, BOOL);
        assertThat(explorer.message("connection_ok").orElseThrow().arguments())
                .extracting(ArgumentSpec::encoding).containsExactly(U32, DATE);
        assertThat(explorer.message("login").orElseThrow().arguments()).extracting(ArgumentSpec::name)
                .containsExactly("session_id", "login", "password", "instances_count", "has_been_connected");
        assertThat(explorer.message("use_default_namespaces_index").orElseThrow().id()).isEqualTo(10049);
        assertThat(explorer.message("use_default_namespaces_index_ok").orElseThrow().id()).isEqualTo(20038);
        assertThat(explorer.message("client_void").orElseThrow().arguments()).isEmpty();
    }

    @Test
    void everyNamedObjectClassOfAnArgumentIsInTheCatalogue() {
        List<ArgumentSpec> typed = explorer.messages().stream().flatMap(m -> m.arguments().stream())
                .filter(a -> a.objectClass() != null).toList();

        assertThat(typed).hasSizeGreaterThan(5);
        assertThat(typed).allSatisfy(a -> assertThat(spec.classNamed(a.objectClass()))
                .as("class %s of argument %s", a.objectClass(), a.name()).isPresent());
    }

    @Test
    void lookupsMissCleanly() {
        assertThat(explorer.message(10004)).isEmpty();
        assertThat(explorer.message("no_such_message")).isEmpty();
        assertThat(explorer.message(10011, SERVER_TO_CLIENT)).isEmpty();
        assertThat(explorer.message("login_ok", SERVER_TO_CLIENT)).get().extracting(MessageSpec::id).isEqualTo(20001);
    }
}
