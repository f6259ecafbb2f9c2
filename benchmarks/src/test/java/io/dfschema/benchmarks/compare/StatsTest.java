package io.dfschema.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Stats s = Stats.of(new double[] {4, 1, 3, 2});
        assertEquals(2.5, s.median());
        assertEquals(1, s.min());
        assertEquals(4, s.max());
    }

    @Test
    void p99IsTheNearestRank() {
        double[] hundred = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
        assertEquals(99, Stats.of(hundred).p99());
        double[] thousand = IntStream.rangeClosed(1, 1000).asDoubleStream().toArray();
        assertEquals(990, Stats.of(thousand).p99());
        assertEquals(7, Stats.of(new double[] {7}).p99());
    }
}
