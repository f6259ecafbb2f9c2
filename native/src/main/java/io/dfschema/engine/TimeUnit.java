package io.dfschema.engine;

/** Arrow time units; the ordinal is the wire id. */
public enum TimeUnit {
    SECOND(1L), MILLISECOND(1_000L), MICROSECOND(1_000_000L), NANOSECOND(1_000_000_000L);

    private final long perSecond;

    TimeUnit(long perSecond) {
        this.perSecond = perSecond;
    }

    /** How many of this unit make one second. */
    public long perSecond() {
        return perSecond;
    }
}
