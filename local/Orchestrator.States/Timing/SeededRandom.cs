namespace Orchestrator.States.Timing;

/// <summary>
/// The one source of randomness for a run: a SplitMix64 generator from a seed. Every draw in the
/// engine and the simulation goes through an instance of this, so a seed replays a run exactly.
/// </summary>
/// <remarks>
/// SplitMix64 (Steele, Lea, Flood 2014) is used instead of <c>System.Random</c> because its output
/// for a seed is fixed by its few lines here, not by a runtime version.
/// </remarks>
public sealed class SeededRandom
{
    private ulong _state;

    /// <summary>Creates a generator; the same seed gives the same sequence.</summary>
    public SeededRandom(long seed) => _state = unchecked((ulong)seed);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public int Next(int min, int max)
    {
        if (max <= min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"max must be greater than min ({min}).");
        }

        return min + (int)(NextUInt64() % (ulong)(max - min));
    }

    /// <summary>A new generator whose sequence is independent of this one's next draws.</summary>
    public SeededRandom Fork() => new(unchecked((long)NextUInt64()));
}
