package io.dfschema.slt;

import java.util.regex.Pattern;

/** What an {@code error} record accepts. */
public sealed interface ExpectedError {

    boolean matches(String errorText);

    /** Text shown in reports. */
    String describe();

    /** {@code statement error} with nothing after it: any error. */
    record Any() implements ExpectedError {
        @Override
        public boolean matches(String errorText) {
            return true;
        }

        @Override
        public String describe() {
            return "(any error)";
        }
    }

    /** An inline Rust regex that must match somewhere in the error text (unanchored find). */
    record Regex(String source, Pattern pattern) implements ExpectedError {
        @Override
        public boolean matches(String errorText) {
            return pattern.matcher(errorText).find();
        }

        @Override
        public String describe() {
            return "(regex) " + source;
        }
    }

    /** A multi-line message under {@code ----}: both sides trimmed, then equal. */
    record Exact(String text) implements ExpectedError {
        @Override
        public boolean matches(String errorText) {
            return RustText.trim(text).equals(RustText.trim(errorText));
        }

        @Override
        public String describe() {
            return "(exact) " + text;
        }
    }
}
