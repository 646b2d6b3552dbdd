package io.cccpexplorer.protocol.blob;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One {@link BlobReader} reading blob after blob: nested lists share its element stack and come out whole. */
class BlobReaderReuseTest {

    private final NamespaceTable sent = new NamespaceTable();
    private final NamespaceTable received = new NamespaceTable();
    private final BlobReader reader = new BlobReader(received);

    private ByteBuf write(CdepObject object) {
        ByteBuf out = Unpooled.directBuffer();
        BlobWriter.writeGeneric(out, sent, object);
        return out;
    }

    /** A list of {@code outer} objects, each holding a list of {@code inner} objects, each with a string. */
    private static CdepObject nested(int outer, int inner) {
        List<CdepObject> outers = new ArrayList<>();
        for (int i = 0; i < outer; i++) {
            List<CdepObject> inners = new ArrayList<>();
            for (int j = 0; j < inner; j++) {
                inners.add(new CdepObject(NamespaceTable.PROTOCOL, 2, j,
                        List.of(new CdepField(1, new FieldValue.Str("item " + i + "." + j)))));
            }
            outers.add(new CdepObject(NamespaceTable.PROTOCOL, 3, i,
                    List.of(new CdepField(1, new FieldValue.U32(i)), new CdepField(2, new FieldValue.ListOf(inners)),
                            new CdepField(3, new FieldValue.U32(-i)))));
        }
        return new CdepObject(NamespaceTable.PROTOCOL, 4, 0, List.of(new CdepField(9, new FieldValue.ListOf(outers))));
    }

    @Test
    void nestedListsOfEverySizeComeOutAsWritten() {
        // sizes around the stack's growth steps, then small again after a large one
        for (int[] size : new int[][] {{1, 1}, {3, 20}, {20, 3}, {40, 40}, {2, 2}, {0, 5}, {5, 0}}) {
            CdepObject written = nested(size[0], size[1]);
            ByteBuf blob = write(written);
            try {
                assertThat(reader.read(blob, blob.readableBytes(), BlobReader::readObject))
                        .as("%d x %d", size[0], size[1]).isEqualTo(written);
                assertThat(blob.readableBytes()).isZero();
            } finally {
                blob.release();
            }
        }
    }

    @Test
    void aReaderReadsOneBlobAtATime() {
        ByteBuf blob = write(nested(1, 1));
        try {
            assertThatThrownBy(() -> reader.read(blob, blob.readableBytes(),
                    r -> r.read(blob, 0, BlobReader::readObject)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("this reader is already reading a blob");
            // and the failure did not leave it stuck
            blob.readerIndex(0);
            assertThat(reader.read(blob, blob.readableBytes(), BlobReader::readObject)).isEqualTo(nested(1, 1));
        } finally {
            blob.release();
        }
    }

    @Test
    void recordsCopyListsTheyDidNotGetFromTheReader() {
        List<CdepField> mutable = new ArrayList<>(List.of(new CdepField(1, new FieldValue.U32(1))));
        CdepObject object = new CdepObject(NamespaceTable.PROTOCOL, 1, 0, mutable);
        mutable.clear();
        assertThat(object.fields()).hasSize(1).isNotSameAs(mutable);
        assertThat(DecodedList.copyOf(mutable)).isNotSameAs(mutable).isEmpty();
    }
}
