using Orchestrator.Core.Capacity;

namespace Orchestrator.Core.Tests.Capacity;

public class SpotPoolTests
{
    [Fact]
    public void Parse_Fleet_ReadsTargetFulfilledAndWeights()
    {
        var pool = SpotPool.Parse(SpotPoolKind.SpotFleet, CapacitySamples.FleetId, CapacitySamples.Fleet(target: 6, fulfilled: 4, weight: 2));

        Assert.Equal((6.0, 4.0, 2.0, false), (pool.Target, pool.Fulfilled, pool.Shortfall, pool.Moving));
        Assert.Equal(2.0, pool.WeightOf("i-0123456789abcdef0", "m5.xlarge"));
        Assert.Equal(1.0, pool.WeightOf("i-0123456789abcdef0", "c5.large"));
    }

    [Theory]
    [InlineData("modifying", true)]
    [InlineData("submitted", true)]
    [InlineData("active", false)]
    public void Parse_FleetState_MovingWhileModifying(string state, bool moving) =>
        Assert.Equal(moving, SpotPool.Parse(SpotPoolKind.SpotFleet, CapacitySamples.FleetId, CapacitySamples.Fleet(4, 4, state)).Moving);

    [Fact]
    public void Parse_CancelledFleet_ClearError()
    {
        var error = Assert.Throws<InvalidInputException>(() => SpotPool.Parse(SpotPoolKind.SpotFleet, CapacitySamples.FleetId, CapacitySamples.Fleet(4, 4, "cancelled_running")));

        Assert.Contains("is cancelled_running", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Group_CountsPendingAndInServiceByWeight()
    {
        // Auto Scaling answers WeightedCapacity as a string (autoscaling.json XmlStringMaxLen32).
        var answer = CapacitySamples.Group("spot", 0, 10, 6, ("i-00000001", "InService", 2, false), ("i-00000002", "Pending", 1, false), ("i-00000003", "Terminating", 2, false));

        var pool = SpotPool.Parse(SpotPoolKind.AutoScaling, "spot", answer);

        Assert.Equal((6.0, 3.0, 3.0), (pool.Target, pool.Fulfilled, pool.Shortfall));
        Assert.Equal(2.0, pool.WeightOf("i-00000001", null));
    }

    [Fact]
    public void Parse_UnknownGroup_SaysItDoesNotExist()
    {
        var error = Assert.Throws<InvalidInputException>(() => SpotPool.Parse(SpotPoolKind.AutoScaling, "spot", new System.Text.Json.Nodes.JsonObject()));

        Assert.Contains("'spot' is not in the DescribeAutoScalingGroups answer", error.Message, StringComparison.Ordinal);
    }
}
