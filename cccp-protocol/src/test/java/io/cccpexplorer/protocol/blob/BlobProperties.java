package io.cccpexplorer.protocol.blob;

import io.cccpexplorer.protocol.testing.ExplorerArbitraries;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Random generic object trees (every field type, nested lists and direct references) round-trip. */
class BlobProperties {

    @Provide
    Arbitrary<CdepObject> trees() {
        return ExplorerArbitraries.objects(4);
    }

    @Property(tries = 2000)
    void writeThenReadGivesAnEqualTree(@ForAll("trees") CdepObject tree) {
        tree.fields().forEach(f -> Statistics.collect(f.value().type()));
        ByteBuf blob = Unpooled.buffer();
        BlobWriter.writeGeneric(blob, new NamespaceTable(), tree);
        assertThat(BlobReader.readGeneric(blob, new NamespaceTable())).isEqualTo(tree);
        assertThat(blob.isReadable()).isFalse();
    }

    @Property(tries = 300)
    void manyBlobsShareOneTablePerDirection(@ForAll("treeLists") List<CdepObject> trees) {
        NamespaceTable sender = new NamespaceTable();
        NamespaceTable receiver = new NamespaceTable();
        for (CdepObject tree : trees) {
            ByteBuf blob = Unpooled.buffer();
            BlobWriter.writeGeneric(blob, sender, tree);
            assertThat(BlobReader.readGeneric(blob, receiver)).isEqualTo(tree);
        }
    }

    @Provide
    Arbitrary<List<CdepObject>> treeLists() {
        return ExplorerArbitraries.objects(2).list().ofMinSize(1).ofMaxSize(8);
    }
}
