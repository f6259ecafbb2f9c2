package io.dfschema.slt;

/** A file (or a file it includes) is not valid .slt; the whole file then fails. */
public final class SltParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Location location;

    SltParseException(Location location, String message) {
        super(location.file() + ":" + location.line() + ": " + message);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
