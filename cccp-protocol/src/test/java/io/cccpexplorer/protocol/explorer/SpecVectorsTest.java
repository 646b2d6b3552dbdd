package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.testing.Hex;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test vectors of wire spec §9.2 (C++ encoding rules): each decodes to the values the spec lists and
 * re-encodes to the same bytes. Server vectors share one namespace table, in spec order, like one connection.
 */
class SpecVectorsTest {

    static final CccpDate NEW_YEAR_CET = new CccpDate(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(), 0, 3600);

    static final String INITIALIZE_REPORT = "0d 00 00 00 67 00 00 00 8c 00 0a 02 00";
    static final String INITIALIZE_PYTHON = "0d 00 00 00 67 00 00 00 d2 04 00 00 01";
    static final String LOGIN = """
            23 00 00 00 10 27 00 00 01 00 00 00 05 00 00 00
            61 64 6d 69 6e 05 00 00 00 61 64 6d 69 6e 01 00
            00 00 00""";
    static final String QUERY_LIST = """
            6a 00 00 00 1b 27 00 00 01 00 00 00 01 00 00 00
            09 00 00 00 2f 64 69 73 70 61 74 63 68 00 00 00
            00 08 00 00 00 73 65 73 73 69 6f 6e 73 2d 00 00
            00 2e 5b 73 65 73 73 69 6f 6e 5f 74 79 70 65 20
            65 71 20 33 20 61 6e 64 20 74 65 72 6d 69 6e 61
            74 65 5f 64 61 74 65 20 65 71 20 27 27 5d 00 00
            00 00 00 00 00 00 00 00 00 00""";
    static final String QUERY_OBJECT = """
            29 00 00 00 1c 27 00 00 01 00 00 00 02 00 00 00
            09 00 00 00 2f 64 69 73 70 61 74 63 68 d2 04 00
            00 01 00 00 00 00 00 00 00""";
    static final String STOP_QUERY = "10 00 00 00 1d 27 00 00 01 00 00 00 02 00 00 00";
    static final String CLIENT_EVENT = """
            58 00 00 00 1e 27 00 00 01 00 00 00 00 00 00 00
            00 00 00 00 00 00 00 00 00 33 00 00 00 63 6f 6d
            2e 63 6f 6e 73 69 73 74 65 6e 74 2e 63 63 65 6e
            74 65 72 2e 64 69 73 70 61 74 63 68 2e 6c 6f 61
            64 5f 64 61 79 2e 32 30 32 36 5f 30 32 5f 30 38
            04 00 00 00 00 00 00 00""";
    static final String CONNECTION_OK = """
            18 00 00 00 20 4e 00 00 8c 00 0a 02 00 b9 55 69
            00 00 00 00 10 0e 00 00""";
    static final String LOGIN_OK = "14 00 00 00 21 4e 00 00 01 00 00 00 00 00 00 00 00 00 00 00";
    static final String LOGIN_FAILED = """
            23 00 00 00 22 4e 00 00 01 00 00 00 13 00 00 00
            4c 6f 67 69 6e 20 64 e9 6a e0 20 65 66 66 65 63
            74 75 e9""";
    static final String USE_DEFAULT_NAMESPACES_INDEX_OK = "08 00 00 00 46 4e 00 00";
    static final String SET_OBJECT_FORMAT = """
            da 00 00 00 1a 27 00 00 01 00 00 00 ca 00 00 00
            17 00 00 00 63 6f 6d 2e 63 6f 6e 73 69 73 74 65
            6e 74 2e 70 72 6f 74 6f 63 6f 6c 00 00 00 00 00
            01 00 00 00 02 00 00 83 00 00 00 00 01 00 01 00
            01 00 00 00 02 00 32 00 01 00 00 00 01 00 00 83
            00 00 00 00 01 00 01 00 00 00 00 00 02 00 05 00
            09 00 00 00 6f 62 6a 65 63 74 5f 69 64 04 00 05
            00 ff ff ff ff 00 00 01 00 00 00 01 00 00 83 00
            00 00 00 01 00 01 00 01 00 00 00 02 00 05 00 04
            00 00 00 75 73 65 72 04 00 05 00 ff ff ff ff 03
            00 32 00 01 00 00 00 01 00 00 83 00 00 00 00 01
            00 01 00 02 00 00 00 02 00 05 00 05 00 00 00 6c
            6f 67 69 6e 04 00 05 00 ff ff ff ff 00 00 00 00
            00 00 00 00 00 00 00 00 00 00""";
    static final String LIST_RESPONSE_FIRST = """
            a6 00 00 00 27 4e 00 00 01 00 00 00 02 00 00 00
            92 00 00 00 17 00 00 00 63 6f 6d 2e 63 6f 6e 73
            69 73 74 65 6e 74 2e 70 72 6f 74 6f 63 6f 6c 00
            00 00 00 00 01 00 00 00 07 00 00 83 00 00 00 00
            01 00 32 00 01 00 00 00 06 00 00 83 00 00 00 00
            01 00 01 00 01 00 00 00 04 00 05 00 ff ff ff ff
            02 00 01 00 d2 04 00 00 03 00 01 00 00 00 00 00
            00 00 01 00 00 00 06 00 00 83 00 00 00 00 01 00
            01 00 01 00 00 00 04 00 05 00 ff ff ff ff 02 00
            01 00 d8 04 00 00 03 00 01 00 01 00 00 00 00 00
            00 00 00 00 00 00""";
    static final String LIST_RESPONSE_REMOVAL = """
            5d 00 00 00 27 4e 00 00 01 00 00 00 02 00 00 00
            49 00 00 00 00 00 00 00 00 01 00 00 00 07 00 00
            83 00 00 00 00 01 00 32 00 01 00 00 00 06 00 00
            83 00 00 00 00 01 00 01 00 02 00 00 00 04 00 05
            00 ff ff ff ff 02 00 01 00 d2 04 00 00 03 00 01
            00 00 00 00 00 00 00 00 00 00 00 00 00""";
    static final String LIST_RESPONSE_EMPTY = """
            2f 00 00 00 27 4e 00 00 01 00 00 00 02 00 00 00
            1b 00 00 00 00 00 00 00 00 01 00 00 00 07 00 00
            83 00 00 00 00 01 00 32 00 00 00 00 00 00 00""";
    static final String OBJECT_RESPONSE = """
            99 00 00 00 28 4e 00 00 01 00 00 00 03 00 00 00
            81 00 00 00 00 00 00 00 00 01 00 00 00 08 00 00
            83 00 00 00 00 01 00 32 00 01 00 00 00 0a 00 00
            83 00 00 00 00 01 00 01 00 00 00 00 00 e8 03 01
            00 d2 04 00 00 00 00 01 00 00 00 0b 00 00 83 00
            00 00 00 01 00 01 00 02 00 00 00 e8 03 05 00 04
            00 00 00 6a 64 6f 65 00 00 01 00 00 00 0c 00 00
            83 00 00 00 00 01 00 01 00 03 00 00 00 e8 03 06
            00 80 29 56 69 00 00 00 00 10 0e 00 00 00 00 00
            00 00 00 00 00 d2 04 00 00""";

    @Test
    void clientVectorsDecodeToTheSpecValuesAndReencodeIdentically() {
        assertRoundTrips(List.of(
                vector(INITIALIZE_REPORT, new Initialize(0x020A008C, false)),
                vector(INITIALIZE_PYTHON, new Initialize(1234, true)),
                vector(LOGIN, new Login(1, "admin", "admin", 1, false)),
                vector(QUERY_LIST, new QueryList(1, 1, "/dispatch", 0, "sessions",
                        ".[session_type eq 3 and terminate_date eq '']", 0, "", 0)),
                vector(QUERY_OBJECT, new QueryObject(1, 2, "/dispatch", 1234, 1, 0)),
                vector(STOP_QUERY, new StopQuery(1, 2)),
                // the NULL object: a data of length 4 holding an empty namespace header
                vector(CLIENT_EVENT, new ClientEvent(1, "", "", "", 0.0,
                        "com.consistent.ccenter.dispatch.load_day.2026_02_08", null))));
    }

    @Test
    void serverVectorsDecodeToTheSpecValuesAndReencodeIdentically() {
        assertRoundTrips(List.of(
                vector(CONNECTION_OK, new ConnectionOk(0x020A008C, NEW_YEAR_CET)),
                vector(LOGIN_OK, new LoginOk(1, "", "")),
                vector(LOGIN_FAILED, new LoginFailed(1, "Login d\u00e9j\u00e0 effectu\u00e9")),
                vector(USE_DEFAULT_NAMESPACES_INDEX_OK, UseDefaultNamespacesIndexOk.INSTANCE),
                // first blob of the connection: its header announces com.consistent.protocol as number 1
                vector(LIST_RESPONSE_FIRST, new ListResponse(1, 2, new ProtocolList(List.of(
                        ListItem.added(1234, 0), ListItem.added(1240, 1))))),
                // later blobs: empty header, number 1 still known
                vector(LIST_RESPONSE_REMOVAL, new ListResponse(1, 2, new ProtocolList(List.of(
                        new ListItem(ListItem.FILTERED_OUT, null, 1234, 0))))),
                vector(LIST_RESPONSE_EMPTY, new ListResponse(1, 2, ProtocolList.EMPTY)),
                vector(OBJECT_RESPONSE, new ObjectResponse(1, 3, new ProtocolObject(List.of(
                        new ObjectValue(0, new FieldValue.U32(1234)),
                        new ObjectValue(2, new FieldValue.Str("jdoe")),
                        new ObjectValue(3, new FieldValue.Date(new CccpDate(
                                Instant.parse("2026-01-01T08:00:00Z").getEpochSecond(), 0, 3600))))), 1234))));
    }

    /**
     * The spec's set_object_format vector comes from a non-vendor encoder that leaves out empty {@code fields}
     * lists; the vendor writes every field (captures A, C, F, J, K), and so do we. So the vector decodes to the
     * spec's values, and our encoding of them is the vendor's form: the same bytes plus {@code 03 00 32 00
     * 00 00 00 00} (field 3, list, no element) in each of the two leaves.
     */
    @Test
    void setObjectFormatVectorDecodesAndReencodesInTheVendorsForm() {
        SetObjectFormat expected = new SetObjectFormat(1, new ObjectFormat(1, List.of(
                FormatField.leaf(0, "object_id"),
                new FormatField(1, "user", null, List.of(FormatField.leaf(2, "login"))))));
        assertThat(decode(SET_OBJECT_FORMAT, new NamespaceTable())).isEqualTo(expected);

        String emptyList = "03 00 32 00 00 00 00 00 ";
        String vendorForm = Hex.of(Hex.bytes(SET_OBJECT_FORMAT))
                .replace("ff ff ff ff 00 00 01 00", "ff ff ff ff " + emptyList + "00 00 01 00")
                .replace("6c 6f 67 69 6e 04 00 05 00 ff ff ff ff ",
                        "6c 6f 67 69 6e 04 00 05 00 ff ff ff ff " + emptyList);
        byte[] vendorBytes = Hex.bytes(vendorForm);
        // the frame and blob lengths grow by the two empty lists
        vendorBytes[0] = (byte) (0xda + 16);
        vendorBytes[12] = (byte) (0xca + 16);
        assertThat(encode(expected, new NamespaceTable())).isEqualTo(Hex.of(vendorBytes));
        assertThat(decode(Hex.of(vendorBytes), new NamespaceTable())).isEqualTo(expected);
    }

    record Vector(String hex, ExplorerMessage expected) {
    }

    static Vector vector(String hex, ExplorerMessage expected) {
        return new Vector(hex, expected);
    }

    private static void assertRoundTrips(List<Vector> vectors) {
        NamespaceTable decodeTable = new NamespaceTable();
        NamespaceTable encodeTable = new NamespaceTable();
        for (Vector v : vectors) {
            assertThat(decode(v.hex(), decodeTable)).isEqualTo(v.expected());
            assertThat(encode(v.expected(), encodeTable)).as("encoding of %s", v.expected())
                    .isEqualTo(Hex.of(Hex.bytes(v.hex())));
        }
    }

    static ExplorerMessage decode(String hex, NamespaceTable table) {
        return ExplorerCodec.decode(Unpooled.wrappedBuffer(Hex.bytes(hex)), table);
    }

    static String encode(ExplorerMessage message, NamespaceTable table) {
        ByteBuf out = Unpooled.buffer();
        ExplorerCodec.encode(message, out, table);
        return Hex.of(out);
    }
}
