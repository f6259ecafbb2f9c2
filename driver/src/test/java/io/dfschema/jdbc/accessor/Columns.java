package io.dfschema.jdbc.accessor;

import io.dfschema.engine.vector.WireEncoder;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.Batch;
import io.dfschema.engine.vector.BatchDecoder;
import java.util.Arrays;
import java.util.List;

/** Test-only: one column of values through the real wire decoder and accessor factory. */
final class Columns {
    private Columns() {}

    static BaseAccessor of(ArrowType type, Object... values) {
        return of(new ArrowField("c", true, type), values);
    }

    static BaseAccessor of(ArrowField field, Object... values) {
        List<Object> list = Arrays.asList(values);
        Batch batch = BatchDecoder.decode(WireEncoder.single(field, list), List.of(field));
        return (BaseAccessor) Accessors.forColumn(field, batch.column(0));
    }
}
