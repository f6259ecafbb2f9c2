package io.dfschema.metadata.contract;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A YAML mapping node being read at a key path. Every accessor checks the node's shape and reports a
 * problem (at the value's line, under the key's path) instead of throwing, returning null so that the
 * reader carries on and finds the other problems too. An explicit null ({@code key:} or {@code key: ~})
 * counts as absent.
 */
final class YamlMap {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");

    private final MappingNode node;
    private final String path;
    private final FileProblems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String path, FileProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(t.getKeyNode(), path, "keys must be plain names, not " + describe(t.getKeyNode()));
                continue;
            }
            String key = k.getValue();
            if (keys.containsKey(key)) {
                problems.add(k, child(key), "duplicate key '" + key + "' (first at line " + FileProblems.line(keys.get(key)) + ")");
                continue;
            }
            keys.put(key, k);
            values.put(key, t.getValueNode());
            problems.remember(child(key), k);
        }
    }

    /** The mapping at {@code node}, or null (with a problem) when the node is something else. */
    static YamlMap of(Node node, String path, FileProblems problems) {
        if (node instanceof MappingNode m) {
            return new YamlMap(m, path, problems);
        }
        problems.add(node, path, "expected a mapping of keys to values, got " + describe(node));
        return null;
    }

    String path() {
        return path;
    }

    Node node() {
        return node;
    }

    FileProblems problems() {
        return problems;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The keys in document order. */
    Set<String> keys() {
        return keys.keySet();
    }

    /** The node of a key, whatever it is (used by readers of nested structures); null when absent. */
    Node raw(String key) {
        Node v = values.get(key);
        return isNull(v) ? null : v;
    }

    Node keyNode(String key) {
        return keys.get(key);
    }

    /** Reports every key not in {@code allowed}, with the nearest allowed key as a hint. */
    void allowOnly(List<String> allowed) {
        for (Map.Entry<String, Node> e : keys.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(e.getValue(), child(e.getKey()), "unknown key '" + e.getKey() + "'"
                        + Suggestions.hint(e.getKey(), allowed));
            }
        }
    }

    boolean has(String key) {
        return raw(key) != null;
    }

    /** Reports a missing required key; true when it is present. */
    boolean require(String key) {
        if (has(key)) {
            return true;
        }
        Node at = keys.containsKey(key) ? keys.get(key) : node;
        problems.add(at, child(key), keys.containsKey(key) ? "'" + key + "' must have a value" : "missing required key '" + key + "'");
        return false;
    }

    /** A scalar's text (numbers and booleans as written); null when absent or not a scalar. */
    String text(String key) {
        Node v = raw(key);
        return v == null ? null : text(v, child(key), problems);
    }

    static String text(Node v, String path, FileProblems problems) {
        if (v instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return s.getValue();
        }
        problems.add(v, path, "expected a text value, got " + describe(v));
        return null;
    }

    Boolean bool(String key) {
        Node v = raw(key);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            String b = s.getValue().toLowerCase(Locale.ROOT);
            return b.equals("true") || b.equals("yes") || b.equals("on");
        }
        problems.add(v, child(key), "expected true or false, got " + describe(v));
        return null;
    }

    /** A decimal integer; null when absent, or (with a problem) when the value is not one. */
    Long integer(String key) {
        Node v = raw(key);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s && Tag.INT.equals(s.getTag()) && DECIMAL.matcher(s.getValue()).matches()) {
            try {
                return Long.parseLong(s.getValue());
            } catch (NumberFormatException e) {
                problems.add(v, child(key), "integer " + s.getValue() + " is too large");
                return null;
            }
        }
        problems.add(v, child(key), "expected an integer, got " + describe(v));
        return null;
    }

    /** An enum keyword value; unknown spellings are reported with the accepted ones and a hint. */
    <E extends Enum<E>> Optional<E> keyword(String key, String what, E[] values, Function<String, Optional<E>> lookup) {
        String text = text(key);
        if (text == null) {
            return Optional.empty();
        }
        Optional<E> value = lookup.apply(text);
        if (value.isEmpty()) {
            List<String> spellings = Keywords.spellings(values);
            problem(key, "unknown " + what + " '" + text + "'; expected one of " + String.join(", ", spellings)
                    + Suggestions.closest(text, spellings).map(s -> " (did you mean '" + s + "'?)").orElse(""));
        }
        return value;
    }

    /** The items of a list; null (with a problem) when the value is not a list. */
    List<Node> list(String key) {
        Node v = raw(key);
        if (v == null) {
            return null;
        }
        if (v instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (int i = 0; i < items.size(); i++) {
                problems.remember(child(key) + "[" + i + "]", items.get(i));
            }
            return items;
        }
        problems.add(v, child(key), "expected a list, got " + describe(v));
        return null;
    }

    /** A list of texts, e.g. {@code [a, b]}; items that are not texts are reported and skipped. */
    List<String> textList(String key) {
        List<Node> items = list(key);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String t = text(items.get(i), child(key) + "[" + i + "]", problems);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** A nested mapping; null when absent or (with a problem) not a mapping. */
    YamlMap map(String key) {
        Node v = raw(key);
        return v == null ? null : of(v, child(key), problems);
    }

    /** Reports a problem at the value of {@code key}. */
    void problem(String key, String message) {
        Node v = values.get(key);
        problems.add(v != null ? v : node, child(key), message);
    }

    static boolean isNull(Node v) {
        return v == null || (v instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
    }

    /** How a node reads in a message: "a list", "a mapping", "the text 'abc'", "'12'". */
    static String describe(Node v) {
        if (v instanceof SequenceNode) {
            return "a list";
        }
        if (v instanceof MappingNode) {
            return "a mapping";
        }
        if (v instanceof ScalarNode s) {
            if (Tag.NULL.equals(s.getTag())) {
                return "nothing";
            }
            // "the text" tells a quoted "1" or "true" apart from the number or boolean it looks like
            return (Tag.STR.equals(s.getTag()) ? "the text '" : "'") + s.getValue() + "'";
        }
        return "an alias";
    }
}
