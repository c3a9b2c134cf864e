using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ec2;

namespace Orchestrator.Simulation.Tests.Ec2;

public class SimulatedEc2InstanceTests
{
    [Fact]
    public void RunInstances_OnDemand_PendingThenRunningAfterBootDelay()
    {
        // Instance state codes (EC2 API reference, InstanceState): 0 pending, 16 running, 32 shutting-down, 48 terminated.
        var ec2 = new Ec2Harness();
        var id = ec2.RunOne(zone: "us-east-1b");

        var pending = ec2.Instance(id);
        ec2.RunFor(TimeSpan.FromSeconds(31));
        var running = ec2.Instance(id);

        Assert.Matches("^i-[0-9a-f]{17}$", id);
        Assert.Equal(0, pending["State"]!["Code"]!.GetValue<int>());
        Assert.Equal("pending", pending["State"]!["Name"]!.GetValue<string>());
        Assert.Equal(16, running["State"]!["Code"]!.GetValue<int>());
        Assert.Equal("running", running["State"]!["Name"]!.GetValue<string>());
        Assert.Equal("m5.large", running["InstanceType"]!.GetValue<string>());
        Assert.Equal("us-east-1b", running["Placement"]!["AvailabilityZone"]!.GetValue<string>());
        Assert.Equal("2026-01-01T00:00:00.000Z", running["LaunchTime"]!.GetValue<string>());
        Assert.Null(running["InstanceLifecycle"]);
        Assert.Equal([(Ec2Harness.Start.AddSeconds(30), "running", id, (InstanceTerminationCause?)null)], ec2.Hook);
    }

    [Fact]
    public void RunInstances_Spot_InstanceLifecycleIsSpot()
    {
        // DescribeInstances: InstanceLifecycle "spot" marks a Spot Instance (Instance API reference).
        var ec2 = new Ec2Harness();
        var id = ec2.RunOne(spot: true);

        Assert.Equal("spot", ec2.Instance(id)["InstanceLifecycle"]!.GetValue<string>());
        Assert.StartsWith("sir-", ec2.Instance(id)["SpotInstanceRequestId"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void TerminateInstances_Running_AnswersStateChangeThenTerminates()
    {
        var ec2 = new Ec2Harness();
        var id = ec2.RunOne();
        ec2.RunFor(TimeSpan.FromMinutes(1));

        var answer = ec2.Call("TerminateInstances", new JsonObject { ["InstanceIds"] = new JsonArray(id) });
        var change = answer["TerminatingInstances"]![0]!;
        ec2.RunFor(TimeSpan.FromSeconds(1));

        Assert.Equal(id, change["InstanceId"]!.GetValue<string>());
        Assert.Equal(16, change["PreviousState"]!["Code"]!.GetValue<int>());
        Assert.Equal("shutting-down", change["CurrentState"]!["Name"]!.GetValue<string>());
        Assert.Equal(32, change["CurrentState"]!["Code"]!.GetValue<int>());
        Assert.Equal("terminated", ec2.Instance(id)["State"]!["Name"]!.GetValue<string>());
        Assert.Equal(48, ec2.Instance(id)["State"]!["Code"]!.GetValue<int>());
        Assert.Contains(ec2.Hook, h => h.What == "terminated" && h.InstanceId == id && h.Cause == InstanceTerminationCause.UserInitiated);
    }

    [Fact]
    public void TerminateInstances_UnknownId_InvalidInstanceIdNotFound()
    {
        // EC2 error codes: InvalidInstanceID.NotFound "The instance ID 'i-…' does not exist".
        var ec2 = new Ec2Harness();

        var error = ec2.Fails("TerminateInstances", new JsonObject { ["InstanceIds"] = new JsonArray("i-0123456789abcdef0") });

        Assert.Equal("InvalidInstanceID.NotFound", error.Code);
        Assert.Contains("i-0123456789abcdef0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeInstances_Filters_SelectByStateLifecycleAndTag()
    {
        var ec2 = new Ec2Harness();
        var onDemand = ec2.RunOne();
        var spot = ec2.RunOne(spot: true);
        ec2.Call("RunInstances", new JsonObject
        {
            ["MinCount"] = 1, ["MaxCount"] = 1, ["InstanceType"] = "c5.large",
            ["TagSpecifications"] = new JsonArray(new JsonObject { ["ResourceType"] = "instance", ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "batch" }) }),
        });
        ec2.Call("TerminateInstances", new JsonObject { ["InstanceIds"] = new JsonArray(onDemand) });
        ec2.RunFor(TimeSpan.FromSeconds(1));

        List<string> Ids(string name, string value) =>
            ec2.Call("DescribeInstances", new JsonObject { ["Filters"] = new JsonArray(new JsonObject { ["Name"] = name, ["Values"] = new JsonArray(value) }) })["Reservations"]!.AsArray()
                .SelectMany(r => r!["Instances"]!.AsArray()).Select(i => i!["InstanceId"]!.GetValue<string>()).ToList();

        Assert.Equal([onDemand], Ids("instance-state-name", "terminated"));
        Assert.Equal([spot], Ids("instance-lifecycle", "spot"));
        Assert.Single(Ids("tag:team", "batch"));
        Assert.Equal("InvalidParameterValue", ec2.Fails("DescribeInstances", new JsonObject { ["Filters"] = new JsonArray(new JsonObject { ["Name"] = "colour", ["Values"] = new JsonArray("red") }) }).Code);
    }

    [Fact]
    public void RunInstances_MissingMinCount_MissingParameterNamingIt()
    {
        // EC2 common errors: MissingParameter "The request must contain the parameter …".
        var ec2 = new Ec2Harness();

        var error = ec2.Fails("RunInstances", new JsonObject { ["MaxCount"] = 1, ["InstanceType"] = "m5.large" });

        Assert.Equal("MissingParameter", error.Code);
        Assert.Contains("MinCount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_OneHourRunning_BillsOneHourAtListPrice()
    {
        // Per-second billing from running until shutting-down; m5.large on-demand $0.096/h in us-east-1.
        var ec2 = new Ec2Harness();
        var id = ec2.RunOne();
        ec2.RunFor(TimeSpan.FromSeconds(30) + TimeSpan.FromHours(1));
        ec2.Call("TerminateInstances", new JsonObject { ["InstanceIds"] = new JsonArray(id) });
        ec2.RunFor(TimeSpan.FromHours(1));

        var usage = Assert.Single(ec2.Ec2.Usage());

        Assert.Equal(1.0, usage.Hours, 6);
        Assert.Equal(0.096m, usage.Cost);
        Assert.False(usage.IsSpot);
    }

    [Fact]
    public void Summary_SplitsOnDemandAndSpot()
    {
        // us-east-1 list price m5.large $0.096/h; the table's typical Spot price for it is $0.035/h.
        var ec2 = new Ec2Harness();
        ec2.RunOne();
        ec2.RunOne(spot: true);
        ec2.RunOne(spot: true);
        ec2.RunFor(TimeSpan.FromSeconds(30) + TimeSpan.FromHours(2));

        var summary = ec2.Ec2.Summary();

        Assert.Equal(2.0, summary.OnDemandHours, 6);
        Assert.Equal(4.0, summary.SpotHours, 6);
        Assert.Equal(0.192m, summary.OnDemandCost);
        Assert.Equal(0.140m, summary.SpotCost);
        Assert.Equal(0.332m, summary.TotalCost);
    }

    [Fact]
    public void Usage_ShortInstance_BillsTheOneMinuteMinimum()
    {
        var ec2 = new Ec2Harness();
        var id = ec2.RunOne(spot: true);
        ec2.RunFor(TimeSpan.FromSeconds(40));
        ec2.Call("TerminateInstances", new JsonObject { ["InstanceIds"] = new JsonArray(id) });

        Assert.Equal(60.0 / 3600, Assert.Single(ec2.Ec2.Usage()).Hours, 9);
    }
}
