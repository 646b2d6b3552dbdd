package io.cccpexplorer.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options from a file, as picocli defaults (so the command line wins): a properties file or a JSON object whose
 * keys are option names without the dashes ({@code port}, {@code project}, {@code calls-per-hour}...).
 */
final class ConfigFile implements CommandLine.IDefaultValueProvider {

    private final Properties values = new Properties();

    ConfigFile(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.stripLeading().startsWith("{")) {
            JsonNode root = new ObjectMapper().readTree(text);
            if (!root.isObject()) {
                throw new IllegalArgumentException(file + ": a JSON object expected");
            }
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                JsonNode v = e.getValue();
                values.setProperty(e.getKey(), v.isArray() ? join(v) : v.asText());
            }
        } else {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            }
        }
    }

    private static String join(JsonNode array) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode n : array) {
            sb.append(sb.length() == 0 ? "" : ",").append(n.asText());
        }
        return sb.toString();
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (argSpec instanceof OptionSpec o) {
            String key = o.longestName().replaceFirst("^-+", "");
            String v = values.getProperty(key);
            return v != null ? v : o.defaultValue();
        }
        return null;
    }
}
