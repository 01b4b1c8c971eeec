package vn.da06.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded randomness for the sample generator. Each simulated thing (a unit's task, a file's typing habits) gets
 * its own stream from the run's seed and its own names, so adding a unit or a month does not change the others.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed, Object... names) {
        long hash = 0xcbf29ce484222325L ^ seed;
        for (Object name : names) {
            for (byte b : String.valueOf(name).getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ b) * 0x100000001b3L;
            }
            hash = (hash ^ 0xff) * 0x100000001b3L;
        }
        random = new SplittableRandom(hash);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
