package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The intraday chart of one project since its day started ({@code GET /api/kpis/series}). */
public record DayCurveView(String project, @JsonProperty("time_zone") String timeZone,
                           @JsonProperty("day_start") String dayStart,
                           @JsonProperty("every_seconds") double everySeconds, List<ChartPoint> points) {

    public DayCurveView {
        points = List.copyOf(points);
    }
}
