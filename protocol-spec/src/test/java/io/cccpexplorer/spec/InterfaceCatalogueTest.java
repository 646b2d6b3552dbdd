package io.cccpexplorer.spec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.cccpexplorer.spec.ArgumentEncoding.BOOL;
import static io.cccpexplorer.spec.ArgumentEncoding.I32;
import static io.cccpexplorer.spec.ArgumentEncoding.STR;
import static io.cccpexplorer.spec.ArgumentEncoding.U32;
import static org.assertj.core.api.Assertions.assertThat;

class InterfaceCatalogueTest {

    private static ProtocolSpec spec;

    @BeforeAll
    static void load() {
        spec = ProtocolSpec.load();
    }

    @Test
    void modulesHaveTheirModuleIds() {
        Map<String, Integer> ids = spec.interfaces().stream().filter(i -> i.kind() == InterfaceKind.MODULE)
                .collect(Collectors.toMap(InterfaceSpec::name, i -> i.moduleId().getAsInt()));

        assertThat(ids).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("head", 100), Map.entry("logger", 101), Map.entry("logger_control", 102),
                Map.entry("explorer", 103), Map.entry("head_head", 104), Map.entry("head_watcher", 105),
                Map.entry("ns", 106), Map.entry("call_control", 0x40000001), Map.entry("user_control", 0x40000002),
                Map.entry("queues", 0x40000003), Map.entry("inter_call_control", 0x40000004),
                Map.entry("tts_control", 0x40000005)));
    }

    @Test
    void everyModuleOpensWithItsInitializeMessage() {
        spec.interfaces().stream().filter(i -> i.kind() == InterfaceKind.MODULE).forEach(i -> {
            MessageSpec first = i.message(i.moduleId().getAsInt()).orElseThrow();
            assertThat(first.name()).as(i.name()).isEqualTo("initialize");
            assertThat(first.direction()).as(i.name()).isEqualTo(Direction.CLIENT_TO_SERVER);
        });
    }

    @Test
    void idsAndNamesAreUniquePerInterfaceAndDirection() {
        for (InterfaceSpec i : spec.interfaces()) {
            for (Direction d : Direction.values()) {
                List<MessageSpec> messages = i.messages(d);
                assertThat(messages.stream().map(MessageSpec::id)).as("%s %s ids", i.name(), d).doesNotHaveDuplicates();
                assertThat(messages.stream().map(MessageSpec::name)).as("%s %s names", i.name(), d)
                        .doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void unknownSignaturesAreMarkedAndNeverGuessed() {
        for (InterfaceSpec i : spec.interfaces()) {
            boolean allKnown = i.messages().stream().allMatch(MessageSpec::argumentsKnown);
            assertThat(i.argumentsKnown()).as(i.name()).isEqualTo(allKnown);
            i.messages().stream().filter(m -> !m.argumentsKnown())
                    .forEach(m -> assertThat(m.arguments()).as("%s.%s", i.name(), m.name()).isEmpty());
        }
        assertThat(spec.interfaceNamed("head_head").orElseThrow().argumentsKnown()).isFalse();
    }

    @Test
    void moduleMessagesFollowTheDirectionRanges() {
        spec.interfaces().stream().filter(i -> i.kind() == InterfaceKind.MODULE).forEach(i -> {
            for (MessageSpec m : i.messages()) {
                if (m.id() >= 10000 && m.id() < 20000) {
                    assertThat(m.direction()).as("%s.%s", i.name(), m.name()).isEqualTo(Direction.CLIENT_TO_SERVER);
                } else if (m.id() >= 20000 && m.id() < 30000) {
                    assertThat(m.direction()).as("%s.%s", i.name(), m.name()).isEqualTo(Direction.SERVER_TO_CLIENT);
                }
            }
        });
    }

    @Test
    void everyNamedObjectClassOfEveryInterfaceIsInTheCatalogue() {
        spec.interfaces().forEach(i -> i.messages().forEach(m -> m.arguments().stream()
                .filter(a -> a.objectClass() != null)
                .forEach(a -> assertThat(spec.classNamed(a.objectClass()))
                        .as("%s.%s(%s)", i.name(), m.name(), a.name()).isPresent())));
    }

    @Test
    void userControlAddSessionAndLoginOk() {
        InterfaceSpec userControl = spec.interfaceNamed("user_control").orElseThrow();

        assertThat(userControl.message("add_session").orElseThrow().arguments()).extracting(ArgumentSpec::encoding)
                .containsExactly(U32, STR, STR, U32, BOOL, U32, STR);
        assertThat(userControl.message(20002).orElseThrow().name()).isEqualTo("login_ok");
        assertThat(userControl.message(10004)).isEmpty();
    }

    @Test
    void headUpdateStatCarriesASignedDelta() {
        MessageSpec updateStat = spec.interfaceNamed("head").orElseThrow().message("update_stat").orElseThrow();

        assertThat(updateStat.id()).isEqualTo(10022);
        assertThat(updateStat.arguments()).extracting(ArgumentSpec::encoding).containsExactly(STR, STR, I32, U32);
    }

    @Test
    void loggerFamiliesAreListedWithoutModuleIds() {
        List<String> loggers = spec.interfaces().stream().filter(i -> i.kind() == InterfaceKind.LOGGER)
                .map(InterfaceSpec::name).toList();

        assertThat(loggers).containsExactlyInAnyOrder("ccxml_logger", "queues_logger", "call_control_logger",
                "proxy_logger", "dispatch_logger", "db_logger_logger", "scheduler_logger", "alert_logger",
                "update_server_logger", "tts_logger");
        spec.interfaces().stream().filter(i -> i.kind() == InterfaceKind.LOGGER)
                .forEach(i -> assertThat(i.moduleId()).as(i.name()).isEmpty());
        assertThat(spec.loggerInterface("explorer")).isEmpty();
    }

    @Test
    void ccxmlLoggerHasEveryRecordWithArguments() {
        InterfaceSpec ccxml = spec.loggerInterface("ccxml_logger").orElseThrow();

        assertThat(ccxml.messages()).hasSize(62);
        assertThat(ccxml.argumentsKnown()).isTrue();
        assertThat(ccxml.message(3).orElseThrow().name()).isEqualTo("alive");
        assertThat(ccxml.message(100).orElseThrow().arguments()).extracting(ArgumentSpec::name)
                .containsExactly("session_id", "session_type", "recover", "session_project_name",
                        "session_project_path");
        assertThat(ccxml.message("connection_create").orElseThrow().arguments()).hasSize(13);
        assertThat(ccxml.message("user_still_logged").orElseThrow().id()).isEqualTo(320);
        assertThat(ccxml.message(1000).orElseThrow().name()).isEqualTo("session_semantic_error");
        // records whose payload object was only visible through the verbose trace keep its position
        assertThat(ccxml.message("session_event").orElseThrow().arguments()).last()
                .extracting(ArgumentSpec::encoding).isEqualTo(ArgumentEncoding.OBJECT);
    }

    @Test
    void queuesLoggerIsKnownByIdsAndNames() {
        InterfaceSpec queues = spec.loggerInterface("queues_logger").orElseThrow();

        assertThat(queues.message(400).orElseThrow().name()).isEqualTo("file_task_add");
        assertThat(queues.argumentsKnown()).isFalse();
    }
}
