using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

public class BackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(6, 900)]
    [InlineData(1000, 900)]
    public void VisibilitySeconds_DoublesFromBase_CappedAtMax(int receives, int expected)
    {
        Assert.Equal(expected, Backoff.VisibilitySeconds(receives, Samples.Settings()));
    }
}
