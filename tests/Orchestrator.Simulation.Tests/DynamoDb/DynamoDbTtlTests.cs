using Orchestrator.Simulation.Services.DynamoDb;

namespace Orchestrator.Simulation.Tests.DynamoDb;

/// <summary>
/// TTL on virtual time (developer guide "Using time to live (TTL) in DynamoDB": the attribute is a
/// Number in epoch seconds; expired items are deleted in the background and "items that have expired,
/// but haven't yet been deleted by TTL, still appear in reads"; UpdateTimeToLive / DescribeTimeToLive
/// shapes from the API reference).
/// </summary>
public sealed class DynamoDbTtlTests
{
    private static readonly long StartEpoch = DynamoDbHarness.Start.ToUnixTimeSeconds();

    private static void PutLease(DynamoDbHarness h, long expiresEpoch) =>
        h.Call("PutItem", $$$$"""{"TableName":"leases","Item":{"pk":{"S":"q1"},"ttl":{"N":"{{{{expiresEpoch}}}}"}}}""");

    private static void EnableTtl(DynamoDbHarness h) =>
        h.Call("UpdateTimeToLive", """{"TableName":"leases","TimeToLiveSpecification":{"Enabled":true,"AttributeName":"ttl"}}""");

    [Fact]
    public void GetItem_AfterTtl_DefaultTreatsItemAsGone()
    {
        var h = new DynamoDbHarness();
        EnableTtl(h);
        PutLease(h, StartEpoch + 60);
        h.Scheduler.Run(DynamoDbHarness.Start.AddSeconds(59));
        Assert.NotNull(h.Get("q1"));
        h.Scheduler.Run(DynamoDbHarness.Start.AddSeconds(60));
        Assert.Null(h.Get("q1"));
    }

    [Fact]
    public void PutItem_AttributeNotExistsAfterTtl_Succeeds()
    {
        var h = new DynamoDbHarness();
        EnableTtl(h);
        PutLease(h, StartEpoch + 60);
        h.Scheduler.Run(DynamoDbHarness.Start.AddMinutes(2));
        h.Call("PutItem", """{"TableName":"leases","Item":{"pk":{"S":"q1"}},"ConditionExpression":"attribute_not_exists(pk)"}""");
    }

    [Fact]
    public void GetItem_WithDeletionDelay_ExpiredItemStillReturned()
    {
        var h = new DynamoDbHarness(new DynamoDbOptions(TtlDeletionDelay: TimeSpan.FromHours(1)));
        EnableTtl(h);
        PutLease(h, StartEpoch + 60);
        h.Scheduler.Run(DynamoDbHarness.Start.AddMinutes(30));
        Assert.NotNull(h.Get("q1"));
        h.Scheduler.Run(DynamoDbHarness.Start.AddMinutes(62));
        Assert.Null(h.Get("q1"));
    }

    [Fact]
    public void GetItem_TtlDisabled_NeverExpires()
    {
        var h = new DynamoDbHarness();
        PutLease(h, StartEpoch + 60);
        h.Scheduler.Run(DynamoDbHarness.Start.AddDays(1));
        Assert.NotNull(h.Get("q1"));
    }

    [Fact]
    public void GetItem_TtlNotANumber_Ignored()
    {
        var h = new DynamoDbHarness();
        EnableTtl(h);
        h.Call("PutItem", """{"TableName":"leases","Item":{"pk":{"S":"q1"},"ttl":{"S":"0"}}}""");
        Assert.NotNull(h.Get("q1"));
    }

    [Fact]
    public void DescribeTimeToLive_AfterEnable_Enabled()
    {
        var h = new DynamoDbHarness();
        Assert.Equal("DISABLED", h.Call("DescribeTimeToLive", """{"TableName":"leases"}""")["TimeToLiveDescription"]!["TimeToLiveStatus"]!.GetValue<string>());
        EnableTtl(h);
        var description = h.Call("DescribeTimeToLive", """{"TableName":"leases"}""")["TimeToLiveDescription"]!;
        Assert.Equal("ENABLED", description["TimeToLiveStatus"]!.GetValue<string>());
        Assert.Equal("ttl", description["AttributeName"]!.GetValue<string>());
    }
}
