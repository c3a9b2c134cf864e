using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

public class DrainLeaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ForParts_ThreeParts_EachGetsOneVisibilityTimeoutPlusOneMargin()
    {
        // Visibility = TaskTimeout 300 + Fallback 60 + SpotRetryInterval 20 + margin 40 = 420 s.
        var settings = Samples.Settings(s => s with { TaskTimeoutSeconds = 300, FallbackAfterSeconds = 60, VisibilityMarginSeconds = 40 });

        var until = DrainLease.ForParts(settings, Now.AddMilliseconds(900), 3);

        Assert.Equal(Now.ToUnixTimeSeconds() + (3 * 420) + 40, until);
    }

    [Fact]
    public void ForParts_NoParts_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DrainLease.ForParts(Samples.Settings(), Now, 0));
    }

    [Fact]
    public void CycleStart_Defaults_OneVisibilityTimeoutAndTheMargin()
    {
        // Defaults: 900 + 120 + 20 + 60 = 1,100 s visibility, 60 s margin.
        Assert.Equal(Now.ToUnixTimeSeconds() + 1_160, DrainLease.CycleStart(Samples.Settings(), Now));
    }
}
