package io.dfschema.slt;

import java.util.List;

/** The type-letter check of a {@code query} header (sqllogictest-rs strict column validator). */
final class TypeLetters {
    private TypeLetters() {
    }

    /** Letters derived from the result schema's Arrow type names. */
    static String of(List<String> arrowTypeNames) {
        StringBuilder sb = new StringBuilder();
        for (String name : arrowTypeNames) {
            sb.append(ArrowTypeName.parse(name).letter());
        }
        return sb.toString();
    }

    /** The header as DataFusion's column type parser reads it: anything but BDIPRT is '?'. */
    static String normalizeHeader(String header) {
        StringBuilder sb = new StringBuilder();
        header.codePoints().forEach(cp -> sb.append("BDIPRT".indexOf(cp) >= 0 ? (char) cp : '?'));
        return sb.toString();
    }
}
