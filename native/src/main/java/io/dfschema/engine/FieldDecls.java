package io.dfschema.engine;

import java.util.ArrayList;
import java.util.List;

/** Field lists cross JNI flattened as name, Arrow type, "true"/"false" triples. */
final class FieldDecls {
    private FieldDecls() {}

    static String[] flatten(List<FieldDecl> fields) {
        String[] out = new String[fields.size() * 3];
        int i = 0;
        for (FieldDecl f : fields) {
            out[i++] = f.name();
            out[i++] = f.arrowType();
            out[i++] = Boolean.toString(f.nullable());
        }
        return out;
    }

    static List<FieldDecl> unflatten(String[] flat) {
        List<FieldDecl> out = new ArrayList<>(flat.length / 3);
        for (int i = 0; i + 2 < flat.length; i += 3) {
            out.add(new FieldDecl(flat[i], flat[i + 1], Boolean.parseBoolean(flat[i + 2])));
        }
        return out;
    }
}
