using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ec2;

namespace Orchestrator.Simulation.Tests.Ec2;

public class SimulatedEc2SpotTests
{
    [Fact]
    public void InterruptInstance_Warning_MatchesAwsSampleFieldByField()
    {
        // AWS sample (EC2 User Guide, "Spot Instance interruption notices"):
        // {"version":"0","id":"…","detail-type":"EC2 Spot Instance Interruption Warning","source":"aws.ec2",
        //  "account":"123456789012","time":"yyyy-mm-ddThh:mm:ssZ","region":"us-east-2",
        //  "resources":["arn:aws:ec2:us-east-2a:instance/i-1234567890abcdef0"],
        //  "detail":{"instance-id":"i-1234567890abcdef0","instance-action":"action"}}
        var ec2 = new Ec2Harness();
        var id = ec2.RunOne(spot: true, zone: "us-east-1c");
        ec2.RunFor(TimeSpan.FromMinutes(1));

        Assert.True(ec2.Ec2.InterruptInstance(id));
        var warning = Assert.Single(ec2.EventsOf("EC2 Spot Instance Interruption Warning"));

        Assert.Equal("0", warning["version"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", warning["id"]!.GetValue<string>());
        Assert.Equal("aws.ec2", warning["source"]!.GetValue<string>());
        Assert.Equal("123456789012", warning["account"]!.GetValue<string>());
        Assert.Equal("2026-01-01T00:01:00Z", warning["time"]!.GetValue<string>());
        Assert.Equal("us-east-1", warning["region"]!.GetValue<string>());
        Assert.Equal($"arn:aws:ec2:us-east-1c:instance/{id}", Assert.Single(warning["resources"]!.AsArray())!.GetValue<string>());
        Assert.Equal(2, warning["detail"]!.AsObject().Count);
        Assert.Equal(id, warning["detail"]!["instance-id"]!.GetValue<string>());
        Assert.Equal("terminate", warning["detail"]!["instance-action"]!.GetValue<string>());
    }

    [Fact]
    public void InterruptInstance_TerminatesExactlyTwoMinutesAfterWarning()
    {
        // "A Spot Instance interruption notice is a warning that is issued two minutes before Amazon EC2 … terminates your Spot Instance."
        var ec2 = new Ec2Harness();
        var id = ec2.RunOne(spot: true);
        ec2.RunFor(TimeSpan.FromMinutes(1));
        ec2.Ec2.InterruptInstance(id);

        ec2.RunFor(TimeSpan.FromSeconds(119));
        var before = ec2.Instance(id)["State"]!["Name"]!.GetValue<string>();
        ec2.RunFor(TimeSpan.FromSeconds(2));

        Assert.Equal("running", before);
        Assert.Equal("terminated", ec2.Instance(id)["State"]!["Name"]!.GetValue<string>());
        var terminated = Assert.Single(ec2.Hook, h => h.What == "terminated");
        Assert.Equal(Ec2Harness.Start.AddMinutes(3), terminated.At);
        Assert.Equal(InstanceTerminationCause.SpotInterruption, terminated.Cause);
    }

    [Fact]
    public void ScheduledInterruption_WithRebalanceLead_RecommendationThenWarningThenTermination()
    {
        // Rebalance recommendation sample: detail-type "EC2 Instance Rebalance Recommendation", detail {"instance-id"} only.
        var warnAt = Ec2Harness.Start.AddMinutes(30);
        var ec2 = new Ec2Harness(new Ec2Options { RebalanceLead = TimeSpan.FromMinutes(5), Interruptions = [new SpotInterruption(warnAt)] });
        var id = ec2.RunOne(spot: true, zone: "us-east-1a");
        ec2.RunFor(TimeSpan.FromHours(1));

        var rebalance = Assert.Single(ec2.Events, e => e.Event["detail-type"]!.GetValue<string>() == "EC2 Instance Rebalance Recommendation");
        var warning = Assert.Single(ec2.Events, e => e.Event["detail-type"]!.GetValue<string>() == "EC2 Spot Instance Interruption Warning");

        Assert.Equal(warnAt.AddMinutes(-5), rebalance.At);
        Assert.Equal(id, Assert.Single(rebalance.Event["detail"]!.AsObject()).Value!.GetValue<string>());
        Assert.Equal($"arn:aws:ec2:us-east-1a:instance/{id}", rebalance.Event["resources"]![0]!.GetValue<string>());
        Assert.Equal(warnAt, warning.At);
        Assert.Equal(warnAt.AddMinutes(2), Assert.Single(ec2.Hook, h => h.What == "terminated").At);
    }

    [Fact]
    public void SpotCapacityGone_RunInstancesSpot_InsufficientInstanceCapacityUntilWindowEnds()
    {
        var ec2 = new Ec2Harness(new Ec2Options
        {
            SpotCapacity = [new SpotCapacityWindow(Ec2Harness.Start, Ec2Harness.Start.AddHours(1), SpotCapacityState.Gone, InstanceType: "m5.large")],
        });
        var request = new JsonObject { ["MinCount"] = 1, ["MaxCount"] = 1, ["InstanceType"] = "m5.large", ["InstanceMarketOptions"] = new JsonObject { ["MarketType"] = "spot" } };

        var error = ec2.Fails("RunInstances", (JsonObject)request.DeepClone());
        ec2.RunFor(TimeSpan.FromMinutes(61));
        var later = ec2.Call("RunInstances", (JsonObject)request.DeepClone());

        Assert.Equal("InsufficientInstanceCapacity", error.Code);
        Assert.Equal("There is no Spot capacity available that matches your request.", error.Message);
        Assert.Single(later["Instances"]!.AsArray());
        Assert.Equal(SpotCapacityState.Available, ec2.Ec2.SpotCapacity("m5.large", "us-east-1a"));
    }

    [Fact]
    public void ScarceCapacity_SomeSpotLaunchesFail_ReproduciblyPerSeed()
    {
        static List<bool> Attempts(long seed)
        {
            var ec2 = new Ec2Harness(new Ec2Options
            {
                SpotCapacity = [new SpotCapacityWindow(Ec2Harness.Start, Ec2Harness.Start.AddHours(1), SpotCapacityState.Scarce, Probability: 0.5)],
            }, seed);
            var outcomes = new List<bool>();
            for (var i = 0; i < 40; i++)
            {
                try
                {
                    // camelCase action names, as the aws-sdk integration writes them, are accepted.
                    ec2.Ec2.Invoke("runInstances", new JsonObject { ["MinCount"] = 1, ["MaxCount"] = 1, ["InstanceType"] = "m5.large", ["InstanceMarketOptions"] = new JsonObject { ["MarketType"] = "spot" } });
                    outcomes.Add(true);
                }
                catch (Orchestrator.Simulation.Services.AwsServiceException e) when (e.Code == "InsufficientInstanceCapacity")
                {
                    outcomes.Add(false);
                }
            }

            return outcomes;
        }

        var run = Attempts(11);

        Assert.Equal(run, Attempts(11));
        Assert.InRange(run.Count(ok => ok), 10, 30);
    }

    [Fact]
    public void CapacityWindowWithInterruptRunning_InterruptsRunningSpotInPoolOnly()
    {
        var at = Ec2Harness.Start.AddMinutes(10);
        var ec2 = new Ec2Harness(new Ec2Options
        {
            SpotCapacity = [new SpotCapacityWindow(at, at.AddHours(1), SpotCapacityState.Gone, AvailabilityZone: "us-east-1a", InterruptRunning: true)],
        });
        var hit = ec2.RunOne(spot: true, zone: "us-east-1a");
        var spared = ec2.RunOne(spot: true, zone: "us-east-1b");
        var onDemand = ec2.RunOne(zone: "us-east-1a");
        ec2.RunFor(TimeSpan.FromMinutes(20));

        Assert.Equal("terminated", ec2.Instance(hit)["State"]!["Name"]!.GetValue<string>());
        Assert.Equal("running", ec2.Instance(spared)["State"]!["Name"]!.GetValue<string>());
        Assert.Equal("running", ec2.Instance(onDemand)["State"]!["Name"]!.GetValue<string>());
    }

    [Fact]
    public void RandomInterruptions_SameSeed_SameEvents_OtherSeedDiffers()
    {
        static string Run(long seed)
        {
            var ec2 = new Ec2Harness(new Ec2Options { InterruptionRatePerHour = 2 }, seed);
            for (var i = 0; i < 5; i++)
            {
                ec2.RunOne(spot: true);
            }

            ec2.RunFor(TimeSpan.FromHours(3));
            return string.Join("\n", ec2.Events.Select(e => $"{e.At:O} {e.Event.ToJsonString()}"));
        }

        Assert.Equal(Run(7), Run(7));
        Assert.NotEqual(Run(7), Run(8));
        Assert.Contains("EC2 Spot Instance Interruption Warning", Run(7), StringComparison.Ordinal);
    }
}
