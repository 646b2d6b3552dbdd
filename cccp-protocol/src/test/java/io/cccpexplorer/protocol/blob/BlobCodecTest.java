package io.cccpexplorer.protocol.blob;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.testing.Hex;
import io.cccpexplorer.protocol.testing.WireBytes;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link BlobReader} and {@link BlobWriter} against hand-written bytes (wire spec §3). */
class BlobCodecTest {

    static final String P = NamespaceTable.PROTOCOL;
    static final String DB = NamespaceTable.DISPATCH_DB;

    private final NamespaceTable sent = new NamespaceTable();
    private final NamespaceTable received = new NamespaceTable();

    private byte[] write(CdepObject object) {
        ByteBuf out = Unpooled.buffer();
        BlobWriter.writeGeneric(out, sent, object);
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }

    private CdepObject read(byte[] blob) {
        return BlobReader.readGeneric(Unpooled.wrappedBuffer(blob), received);
    }

    private static CdepObject object(String ns, int classId, CdepField... fields) {
        return new CdepObject(ns, classId, 0, List.of(fields));
    }

    private static CdepField field(int id, FieldValue value) {
        return new CdepField(id, value);
    }

    @Test
    void inheritedFieldsCarryAFlagThenTheBaseValue() {
        CdepObject o = object(P, 0x83000003,
                field(1, new FieldValue.Inherited(FieldType.INHERITED_UINT_32, new FieldValue.U32(5))),
                field(2, new FieldValue.Inherited(FieldType.INHERITED_STRING, null)));
        byte[] blob = write(o);
        assertThat(Hex.of(blob)).isEqualTo(Hex.of(WireBytes.create()
                .str(P).u32(0).u8(0)
                .object(1, 0x83000003, 0)
                .field(1, 101).u8(1).u32(5)
                .field(2, 105).u8(0)
                .end().toArray()));
        assertThat(read(blob)).isEqualTo(o);
    }

    @Test
    void everyInheritedTypeRoundTripsWithAndWithoutALocalValue() {
        List<FieldValue> locals = List.of(new FieldValue.U32(-1), new FieldValue.I32(-7), new FieldValue.Real(2.5),
                FieldValue.Bool.TRUE, new FieldValue.Str("d\u00e9j\u00e0"),
                new FieldValue.Date(new CccpDate(1_770_541_426L, 383_749, 3600)),
                new FieldValue.U64(Long.MIN_VALUE), new FieldValue.InternalRef(42));
        List<CdepField> fields = new ArrayList<>();
        int id = 1;
        for (FieldValue local : locals) {
            FieldType inherited = local.type().inherited();
            fields.add(field(id++, new FieldValue.Inherited(inherited, local)));
            fields.add(field(id++, new FieldValue.Inherited(inherited, null)));
        }
        CdepObject o = new CdepObject(P, 0x83000003, 9, fields);
        assertThat(read(write(o))).isEqualTo(o);
    }

    /** A non-zero flag byte other than 1 still means "locally defined", as for the C++ boolean getter. */
    @Test
    void anyNonZeroInheritedFlagMeansLocallyDefined() {
        byte[] blob = WireBytes.create().str(P).u32(0).u8(0)
                .object(1, 7, 0).field(1, 101).u8(0x80).u32(3).end().toArray();
        assertThat(read(blob).field(1)).contains(
                new FieldValue.Inherited(FieldType.INHERITED_UINT_32, new FieldValue.U32(3)));
    }

    @Test
    void directReferenceIsNullOrAnEmbeddedObjectInItsOwnNamespace() {
        CdepObject target = object(DB, 0x4000002D, field(1, new FieldValue.ListOf(List.of())));
        CdepObject o = object(P, 0x40000077,
                field(7, new FieldValue.DirectRef(target)),
                field(8, new FieldValue.DirectRef(null)));
        byte[] blob = write(o);
        // the nested namespace is numbered on first use and announced in this blob's header
        assertThat(Hex.of(blob)).isEqualTo(Hex.of(WireBytes.create()
                .str(P).str(DB).u32(0).u8(0)
                .object(1, 0x40000077, 0)
                .field(7, 72).object(2, 0x4000002D, 0).field(1, 50).u32(0).end()
                .field(8, 72).u32(0)
                .end().toArray()));
        assertThat(read(blob)).isEqualTo(o);
    }

    @Test
    void laterBlobsAnnounceOnlyNewNamespaces() {
        write(object(P, 1));
        byte[] second = write(object(P, 2, field(1, new FieldValue.DirectRef(object(DB, 3)))));
        assertThat(Hex.of(second))
                .startsWith(Hex.of(WireBytes.create().str(DB).u32(0).u8(0).object(1, 2, 0).toArray()));
        byte[] third = write(object(DB, 4));
        assertThat(Hex.of(third)).isEqualTo(Hex.of(WireBytes.create().u32(0).u8(0).object(2, 4, 0).end().toArray()));
    }

    @Test
    void explicitHeaderGivesEachPathItsNumber() {
        byte[] blob = WireBytes.create()
                .str("1").str(P).u32(1).str(DB).u32(9).u32(0).u8(0)
                .object(9, 0x40000012, 77).field(3, 5).str("s-1").end().toArray();
        CdepObject o = read(blob);
        assertThat(o).isEqualTo(new CdepObject(DB, 0x40000012, 77, List.of(field(3, new FieldValue.Str("s-1")))));
        assertThat(received.pathOf(1)).isEqualTo(P);
    }

    @Test
    void explicitNumberOneStartsANewTable() {
        read(WireBytes.create().str(P).str(DB).u32(0).u8(0).object(2, 5, 0).end().toArray());
        assertThat(received.pathOf(2)).isEqualTo(DB);
        read(WireBytes.create().str("1").str(P).u32(1).u32(0).u8(0).object(1, 5, 0).end().toArray());
        assertThatThrownBy(() -> received.pathOf(2))
                .isInstanceOf(CccpCodecException.class)
                .hasMessage("namespace number: 2 (expected: a number announced on this connection (1..1))");
    }

    @Test
    void explicitNumberZeroIsRejected() {
        byte[] blob = WireBytes.create().str("1").str(P).u32(0).u32(0).u8(0).object(1, 5, 0).end().toArray();
        assertThatThrownBy(() -> read(blob)).isInstanceOf(CccpCodecException.class)
                .hasMessage("namespace number of com.consistent.protocol: 0 (expected: >= 1)");
    }

    @Test
    void anUnannouncedNamespaceNumberIsAnError() {
        byte[] blob = WireBytes.create().u32(0).u8(0).object(3, 5, 0).end().toArray();
        assertThatThrownBy(() -> read(blob)).isInstanceOf(CccpCodecException.class)
                .hasMessage("namespace number: 3 (expected: a number announced on this connection (1..0))");
    }

    @Test
    void theNullObjectIsAnEmptyBlobOrAHeaderAlone() {
        assertThat(read(new byte[0])).isNull();
        assertThat(read(WireBytes.create().u32(0).toArray())).isNull();
        // a NULL string ends the header like an empty one
        assertThat(read(WireBytes.create().nullStr().toArray())).isNull();
        // paths announced by a header-only blob still count
        assertThat(read(WireBytes.create().str(P).u32(0).toArray())).isNull();
        assertThat(received.pathOf(1)).isEqualTo(P);

        ByteBuf out = Unpooled.buffer();
        BlobWriter.writeBlob(out, sent, null, BlobWriter::object);
        assertThat(Hex.of(out)).isEqualTo("00 00 00 00");
    }

    @Test
    void longAndLatin1StringsKeepEveryByte() {
        String longLatin1 = "Login d\u00e9j\u00e0 effectu\u00e9 ".repeat(12) + "\u00ff\u0080\u0000";
        assertThat(longLatin1.length()).isGreaterThan(127);
        CdepObject o = object(P, 0x8300000B, field(1000, new FieldValue.Str(longLatin1)),
                field(2, new FieldValue.Str(null)),
                field(3, new FieldValue.Str("")));
        byte[] blob = write(o);
        assertThat(Hex.of(blob)).contains("e9 6a e0 20 65 66 66 65 63 74 75 e9");
        assertThat(Hex.of(blob)).contains(Hex.of(WireBytes.create().field(1000, 5).u32(longLatin1.length()).toArray()));
        assertThat(Hex.of(blob)).contains("02 00 05 00 ff ff ff ff 03 00 05 00 00 00 00 00");
        assertThat(read(blob)).isEqualTo(o);
    }

    @Test
    void writerRefusesANonLatin1StringWithoutWritingAByte() {
        ByteBuf out = Unpooled.buffer();
        CdepObject o = object(P, 1, field(1, new FieldValue.Str("100 \u20ac")));
        assertThatThrownBy(() -> BlobWriter.writeGeneric(out, sent, o)).isInstanceOf(CccpCodecException.class)
                .hasMessage("field 1 char at 4: U+20AC (expected: a Latin-1 character (<= U+00FF))");
        assertThat(out.readableBytes()).isZero();
    }

    @Test
    void badModeByteIsRejected() {
        byte[] blob = WireBytes.create().str(P).u32(0).u8(1).object(1, 5, 0).end().toArray();
        assertThatThrownBy(() -> read(blob)).isInstanceOf(CccpCodecException.class)
                .hasMessage("blob mode: 1 (expected: 0 (serialization complete))");
    }

    @Test
    void nestingIsBounded() {
        WireBytes b = WireBytes.create().str(P).u32(0).u8(0);
        for (int i = 0; i < BlobReader.MAX_DEPTH; i++) {
            b.object(1, 5, 0).field(1, 72);
        }
        b.object(1, 5, 0).end();
        for (int i = 0; i < BlobReader.MAX_DEPTH; i++) {
            b.end();
        }
        assertThatThrownBy(() -> read(b.toArray())).isInstanceOf(CccpCodecException.class)
                .hasMessage("object nesting depth: 65 (expected: <= 64)");
    }

    @Test
    void maxDepthItselfIsAccepted() {
        WireBytes b = WireBytes.create().str(P).u32(0).u8(0);
        for (int i = 0; i < BlobReader.MAX_DEPTH - 1; i++) {
            b.object(1, 5, 0).field(1, 72);
        }
        b.object(1, 5, 0).end();
        for (int i = 0; i < BlobReader.MAX_DEPTH - 1; i++) {
            b.end();
        }
        assertThat(read(b.toArray()).classId()).isEqualTo(5);
    }

    @Test
    void unknownTypeCodeNamesTheField() {
        byte[] blob = WireBytes.create().str(P).u32(0).u8(0).object(1, 5, 0).field(12, 33).u32(0).end().toArray();
        assertThatThrownBy(() -> read(blob)).isInstanceOf(CccpCodecException.class)
                .hasMessage("field 12 type code: 33 (expected: one of 1-10, 50, 70-72, 101-107, 170)");
    }

    @Test
    void stringLongerThanTheBlobIsRejectedBeforeAllocating() {
        byte[] blob = WireBytes.create().str(P).u32(0).u8(0).object(1, 5, 0).field(1, 5).u32(0x7fff_0000).end()
                .toArray();
        assertThatThrownBy(() -> read(blob)).isInstanceOf(CccpCodecException.class)
                .hasMessage("string value length: 2147418112 (expected: <= 2 bytes left in blob)");
    }

    @Test
    void truncatedObjectIsRejected() {
        byte[] whole = WireBytes.create().str(P).u32(0).u8(0).object(1, 5, 0).field(1, 1).u32(7).end().toArray();
        // from just after the mode byte (a header alone is the NULL object) to one byte short of the end
        for (int cut = 32; cut < whole.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> read(part)).as("cut at %d", cut).isInstanceOf(CccpCodecException.class)
                    .hasMessageContaining("bytes left for");
        }
    }

    @Test
    void bytesAfterTheObjectAreRejected() {
        byte[] blob = WireBytes.create().str(P).u32(0).u8(0).object(1, 5, 0).end().u8(0).toArray();
        assertThatThrownBy(() -> read(blob)).isInstanceOf(CccpCodecException.class)
                .hasMessage("bytes after the object: 1 (expected: 0)");
    }

    @Test
    void inheritedExtraFieldsAreReportedNotGuessed() {
        byte[] blob = WireBytes.create().str(P).u32(0).u8(0).object(1, 5, 0).u16(0xFFFF).u32(0).toArray();
        assertThatThrownBy(() -> read(blob)).isInstanceOf(CccpCodecException.class)
                .hasMessage("inherited extra fields (marker 0xFFFF) are not supported");
    }

    @Test
    void unsignedValuesKeepTheirBits() {
        CdepObject o = object(P, 0x8300000A, field(1, new FieldValue.U32(0xFFFF_FFFE)),
                field(2, new FieldValue.U64(-2L)),
                field(3, new FieldValue.Date(new CccpDate(0xFFFF_FFFFL, 0xFFFF_FFFFL, -3600))));
        assertThat(read(write(o))).isEqualTo(o);
        assertThat(((FieldValue.U32) o.field(1).orElseThrow()).unsigned()).isEqualTo(4_294_967_294L);
    }
}
