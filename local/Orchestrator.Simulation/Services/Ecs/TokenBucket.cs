namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// A token bucket on virtual time: holds up to <c>capacity</c> tokens, refilled continuously at
/// <c>ratePerSecond</c>; a request takes its tokens or is refused whole.
/// </summary>
public sealed class TokenBucket
{
    private readonly double _capacity;
    private readonly double _rate;
    private double _tokens;
    private DateTimeOffset _last;

    /// <summary>Creates a full bucket.</summary>
    public TokenBucket(double capacity, double ratePerSecond, DateTimeOffset now)
    {
        if (capacity < 1 || ratePerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), $"A token bucket needs capacity >= 1 and a positive rate, got {capacity} and {ratePerSecond}.");
        }

        _capacity = capacity;
        _rate = ratePerSecond;
        _tokens = capacity;
        _last = now;
    }

    /// <summary>Tokens available at <paramref name="now"/>.</summary>
    public double Available(DateTimeOffset now)
    {
        Refill(now);
        return _tokens;
    }

    /// <summary>Takes <paramref name="count"/> tokens if all are available; false (taking none) otherwise.</summary>
    public bool TryTake(int count, DateTimeOffset now)
    {
        Refill(now);
        if (_tokens + 1e-9 < count)
        {
            return false;
        }

        _tokens -= count;
        return true;
    }

    private void Refill(DateTimeOffset now)
    {
        if (now > _last)
        {
            _tokens = Math.Min(_capacity, _tokens + ((now - _last).TotalSeconds * _rate));
            _last = now;
        }
    }
}
