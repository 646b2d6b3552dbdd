package io.cccpexplorer.protocol;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeVectorsTest {

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("\\s+", ""));
    }

    void roundTrip(String hex, String expectedToString) {
        byte[] bytes = hex(hex);
        ExplorerMessage m = ExplorerCodec.decode(Unpooled.wrappedBuffer(bytes), new NamespaceTable());
        System.out.println(m);
        if (expectedToString != null) {
            assertThat(m.toString()).isEqualTo(expectedToString);
        }
        ByteBuf out = Unpooled.buffer();
        ExplorerCodec.encode(m, out, new NamespaceTable());
        assertThat(ByteBufUtil.hexDump(out)).isEqualTo(HexFormat.of().formatHex(bytes));
    }

    @Test
    void vectors() throws Exception {
        roundTrip("0d 00 00 00 67 00 00 00 8c 00 0a 02 00", null);
        roundTrip("""
                6a 00 00 00 1b 27 00 00 01 00 00 00 01 00 00 00
                09 00 00 00 2f 64 69 73 70 61 74 63 68 00 00 00
                00 08 00 00 00 73 65 73 73 69 6f 6e 73 2d 00 00
                00 2e 5b 73 65 73 73 69 6f 6e 5f 74 79 70 65 20
                65 71 20 33 20 61 6e 64 20 74 65 72 6d 69 6e 61
                74 65 5f 64 61 74 65 20 65 71 20 27 27 5d 00 00
                00 00 00 00 00 00 00 00 00 00""", null);
        for (String f : java.nio.file.Files.readString(java.nio.file.Path.of("../../shared/reference/captures/C_content_object.frames.txt")).split("(?m)^(?=[CS]->)")) {
            if (f.isBlank() || f.startsWith("#")) continue;
            StringBuilder h = new StringBuilder();
            for (String line : f.split("\n")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s+[0-9a-f]{4}: ((?:[0-9a-f]{2} ?)+)").matcher(line);
                if (m.find()) h.append(m.group(1)).append(' ');
            }
            roundTrip(h.toString(), null);
        }
        roundTrip("""
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
                00 00 00 00 00 00""", null);
    }
}
