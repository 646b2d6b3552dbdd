package io.cccpexplorer.dashboard.project;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hub tests' browser: a sink that keeps every frame it is offered as text, and the parts the tests read. */
final class RecordedFrames {

    private RecordedFrames() {
    }

    /** A sink adding each frame's plain text to {@code into} (a thread-safe list: the feed delivers on its thread). */
    static EventSink sink(List<String> into) {
        return new EventSink() {
            @Override
            public boolean offer(SseFrame frame) {
                return into.add(new String(frame.plain(), StandardCharsets.UTF_8));
            }

            @Override
            public void close(String reason) {
            }
        };
    }

    /** The {@code id:} of a frame's text. */
    static long idOf(String frame) {
        int at = frame.indexOf("id: ");
        return Long.parseLong(frame.substring(at + 4, frame.indexOf('\n', at)).trim());
    }
}
