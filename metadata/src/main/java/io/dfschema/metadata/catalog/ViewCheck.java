package io.dfschema.metadata.catalog;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.metadata.contract.SqlTypeSettings;
import io.dfschema.metadata.contract.TypeSpec;
import io.dfschema.metadata.contract.ViewColumn;
import io.dfschema.metadata.contract.ViewSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a view's output, as the engine plans it, with the columns its contract declares: names and
 * order, types (see {@link TypeMatch}) and, where declared, nullability. A view that declares no columns
 * passes with its output recorded.
 *
 * @param view    the view
 * @param columns one check per declared column, then one per output column nobody declared
 */
public record ViewCheck(ViewSpec view, List<ColumnCheck> columns) {

    public ViewCheck {
        columns = List.copyOf(columns);
    }

    public boolean ok() {
        return columns.stream().allMatch(ColumnCheck::ok);
    }

    /** The mismatch table: column | expected | actual | reason. */
    public String table() {
        return CheckTable.render(columns);
    }

    static ViewCheck of(ViewSpec view, List<ArrowField> actual, SqlTypeSettings settings) {
        List<ColumnCheck> checks = new ArrayList<>();
        List<ViewColumn> declared = view.columns();
        if (declared.isEmpty()) {
            for (ArrowField f : actual) {
                checks.add(new ColumnCheck(f.name(), "", describe(f.type(), f.nullable()), ""));
            }
            return new ViewCheck(view, checks);
        }
        for (int i = 0; i < declared.size(); i++) {
            ViewColumn d = declared.get(i);
            ArrowType want = d.type().toArrow(settings);
            String expected = describe(want, d.nullable());
            ArrowField at = i < actual.size() ? actual.get(i) : null;
            if (at == null || !at.name().equals(d.name())) {
                int found = indexOf(actual, d.name());
                if (found < 0) {
                    checks.add(new ColumnCheck(d.name(), expected, "", "missing from the view's output"));
                } else {
                    ArrowField f = actual.get(found);
                    checks.add(new ColumnCheck(d.name(), expected, describe(f.type(), f.nullable()),
                            "at position " + (found + 1) + ", declared at " + (i + 1)));
                }
                continue;
            }
            String got = describe(at.type(), at.nullable());
            String reason = "";
            if (!TypeMatch.same(want, at.type())) {
                reason = "type differs";
            } else if (d.nullable() != null && d.nullable() != at.nullable()) {
                reason = d.nullable() ? "declared nullable, the view's output is NOT NULL"
                        : "declared NOT NULL, the view's output is nullable";
            }
            checks.add(new ColumnCheck(d.name(), expected, got, reason));
        }
        for (ArrowField f : actual) {
            if (declared.stream().noneMatch(d -> d.name().equals(f.name()))) {
                checks.add(new ColumnCheck(f.name(), "", describe(f.type(), f.nullable()), "not declared"));
            }
        }
        return new ViewCheck(view, checks);
    }

    private static int indexOf(List<ArrowField> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(ArrowType type, Boolean nullable) {
        String t = TypeSpec.display(type);
        return nullable == null || nullable ? t : t + " NOT NULL";
    }
}
