using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ec2;

namespace Orchestrator.Simulation.Tests.Ec2;

public class SpotFleetTests
{
    private static JsonObject Request(int target, string type = "maintain", double weight = 1, string instanceType = "m5.large", string? zone = "us-east-1a", int onDemand = 0)
    {
        var spec = new JsonObject { ["InstanceType"] = instanceType, ["ImageId"] = "ami-0123456789abcdef0", ["WeightedCapacity"] = weight };
        if (zone is not null)
        {
            spec["Placement"] = new JsonObject { ["AvailabilityZone"] = zone };
        }

        return new JsonObject
        {
            ["SpotFleetRequestConfig"] = new JsonObject
            {
                ["IamFleetRole"] = "arn:aws:iam::123456789012:role/aws-ec2-spot-fleet-tagging-role",
                ["TargetCapacity"] = target,
                ["OnDemandTargetCapacity"] = onDemand,
                ["Type"] = type,
                ["AllocationStrategy"] = "lowestPrice",
                ["LaunchSpecifications"] = new JsonArray(spec),
            },
        };
    }

    private static JsonObject Describe(Ec2Harness ec2, string id) =>
        ec2.Call("DescribeSpotFleetRequests", new JsonObject { ["SpotFleetRequestIds"] = new JsonArray(id) })["SpotFleetRequestConfigs"]![0]!.AsObject();

    private static List<double> Series(Ec2Harness ec2, string metric, string id) =>
        ec2.Metrics.Series("AWS/EC2Spot", metric, "FleetRequestId", id).Select(d => d.Value).ToList();

    [Fact]
    public void RequestSpotFleet_WeightedSpecs_FulfilsTargetInUnits()
    {
        // WeightedCapacity: each instance counts its weight toward TargetCapacity (SpotFleetLaunchSpecification API reference).
        var ec2 = new Ec2Harness();
        var id = ec2.Call("RequestSpotFleet", Request(target: 4, weight: 2, instanceType: "m5.xlarge"))["SpotFleetRequestId"]!.GetValue<string>();

        var submitted = Describe(ec2, id)["SpotFleetRequestState"]!.GetValue<string>();
        ec2.RunFor(TimeSpan.FromMinutes(1));
        var fleet = Describe(ec2, id);
        var active = ec2.Call("DescribeSpotFleetInstances", new JsonObject { ["SpotFleetRequestId"] = id })["ActiveInstances"]!.AsArray();

        Assert.Matches("^sfr-[0-9a-f]{8}-", id);
        Assert.Equal("submitted", submitted);
        Assert.Equal("active", fleet["SpotFleetRequestState"]!.GetValue<string>());
        Assert.Equal("fulfilled", fleet["ActivityStatus"]!.GetValue<string>());
        Assert.Equal(4.0, fleet["SpotFleetRequestConfig"]!["FulfilledCapacity"]!.GetValue<double>());
        Assert.Equal(2, active.Count);
        Assert.All(active, i => Assert.Equal("m5.xlarge", i!["InstanceType"]!.GetValue<string>()));
    }

    [Fact]
    public void MaintainFleet_InterruptedWhileCapacityGone_PendingCapacityThenRefill()
    {
        // A maintain fleet "automatically replenishes any interrupted Spot Instances" (Spot Fleet request types);
        // PendingCapacity = TargetCapacity − FulfilledCapacity (AWS/EC2Spot metrics); metrics every 5 minutes.
        var gone = Ec2Harness.Start.AddMinutes(10);
        var back = Ec2Harness.Start.AddMinutes(30);
        var ec2 = new Ec2Harness(new Ec2Options
        {
            SpotCapacity = [new SpotCapacityWindow(gone, back, SpotCapacityState.Gone, InstanceType: "m5.large", InterruptRunning: true)],
        });
        var id = ec2.Call("RequestSpotFleet", Request(target: 3))["SpotFleetRequestId"]!.GetValue<string>();

        ec2.RunUntil(gone.AddMinutes(1));
        var warnings = ec2.EventsOf("EC2 Spot Instance Interruption Warning");
        ec2.RunUntil(gone.AddMinutes(4));
        var during = Describe(ec2, id);
        ec2.RunUntil(back.AddMinutes(5));
        var after = Describe(ec2, id);

        Assert.Equal(3, warnings.Count);
        Assert.Equal(0.0, during["SpotFleetRequestConfig"]!["FulfilledCapacity"]!.GetValue<double>());
        Assert.Equal("pending_fulfillment", during["ActivityStatus"]!.GetValue<string>());
        Assert.Equal(3.0, after["SpotFleetRequestConfig"]!["FulfilledCapacity"]!.GetValue<double>());
        // Samples at 00:05, 00:10 (warned, still running), 00:15, 00:20, 00:25 (gone), 00:30 (refill retried at the boundary), 00:35.
        var pending = Series(ec2, "PendingCapacity", id);
        var fulfilled = Series(ec2, "FulfilledCapacity", id);
        var target = Series(ec2, "TargetCapacity", id);
        Assert.Equal([0.0, 0.0, 3.0, 3.0, 3.0], pending.Take(5));
        Assert.Equal(0.0, pending[^1]);
        Assert.All(Enumerable.Range(0, pending.Count), i => Assert.Equal(target[i] - fulfilled[i], pending[i]));
        var stamps = ec2.Metrics.Series("AWS/EC2Spot", "PendingCapacity", "FleetRequestId", id).Select(d => d.Timestamp).ToList();
        Assert.All(stamps.Zip(stamps.Skip(1)), p => Assert.Equal(TimeSpan.FromMinutes(5), p.Second - p.First));
    }

    [Fact]
    public void RequestTypeFleet_InterruptedInstance_NotReplaced()
    {
        // "one-time request … doesn't attempt to replenish Spot Instances if capacity is diminished" (Spot Fleet request types).
        var ec2 = new Ec2Harness();
        var id = ec2.Call("RequestSpotFleet", Request(target: 2, type: "request"))["SpotFleetRequestId"]!.GetValue<string>();
        ec2.RunFor(TimeSpan.FromMinutes(2));
        var victim = ec2.Call("DescribeSpotFleetInstances", new JsonObject { ["SpotFleetRequestId"] = id })["ActiveInstances"]![0]!["InstanceId"]!.GetValue<string>();

        ec2.Ec2.InterruptInstance(victim);
        ec2.RunFor(TimeSpan.FromMinutes(10));

        Assert.Equal(1.0, Describe(ec2, id)["SpotFleetRequestConfig"]!["FulfilledCapacity"]!.GetValue<double>());
    }

    [Fact]
    public void ModifySpotFleetRequest_RequestType_FleetNotInModifiableState()
    {
        // Recorded: "Fleet Request: sfr-… is not a modifiable fleet request type. (… Error Code: FleetNotInModifiableState …)"
        var ec2 = new Ec2Harness();
        var id = ec2.Call("RequestSpotFleet", Request(target: 1, type: "request"))["SpotFleetRequestId"]!.GetValue<string>();

        var error = ec2.Fails("ModifySpotFleetRequest", new JsonObject { ["SpotFleetRequestId"] = id, ["TargetCapacity"] = 3 });

        Assert.Equal("FleetNotInModifiableState", error.Code);
        Assert.Equal($"Fleet Request: {id} is not a modifiable fleet request type.", error.Message);
    }

    [Fact]
    public void ModifySpotFleetRequest_Maintain_ModifyingThenActiveAtNewTarget()
    {
        // AWS-FACTS: modifySpotFleetRequest → {Return: true}; the fleet shows 'modifying' while the change applies.
        var ec2 = new Ec2Harness();
        var id = ec2.Call("RequestSpotFleet", Request(target: 1))["SpotFleetRequestId"]!.GetValue<string>();
        ec2.RunFor(TimeSpan.FromMinutes(1));

        var answer = ec2.Call("ModifySpotFleetRequest", new JsonObject { ["SpotFleetRequestId"] = id, ["TargetCapacity"] = 3 });
        var modifying = Describe(ec2, id);
        ec2.RunFor(TimeSpan.FromMinutes(2));
        var done = Describe(ec2, id);

        Assert.True(answer["Return"]!.GetValue<bool>());
        Assert.Equal("modifying", modifying["SpotFleetRequestState"]!.GetValue<string>());
        Assert.Equal(1, modifying["SpotFleetRequestConfig"]!["TargetCapacity"]!.GetValue<int>());
        Assert.Equal("active", done["SpotFleetRequestState"]!.GetValue<string>());
        Assert.Equal(3, done["SpotFleetRequestConfig"]!["TargetCapacity"]!.GetValue<int>());
        Assert.Equal(3.0, done["SpotFleetRequestConfig"]!["FulfilledCapacity"]!.GetValue<double>());
    }

    [Fact]
    public void ModifySpotFleetRequest_LowerTarget_TerminatesExcess()
    {
        var ec2 = new Ec2Harness();
        var id = ec2.Call("RequestSpotFleet", Request(target: 3))["SpotFleetRequestId"]!.GetValue<string>();
        ec2.RunFor(TimeSpan.FromMinutes(1));

        ec2.Call("ModifySpotFleetRequest", new JsonObject { ["SpotFleetRequestId"] = id, ["TargetCapacity"] = 1 });
        ec2.RunFor(TimeSpan.FromMinutes(2));

        Assert.Equal(1.0, Describe(ec2, id)["SpotFleetRequestConfig"]!["FulfilledCapacity"]!.GetValue<double>());
        Assert.Equal(2, ec2.Hook.Count(h => h.What == "terminated" && h.Cause == InstanceTerminationCause.ScaleIn));
    }

    [Fact]
    public void OnDemandTargetCapacity_LaunchesThatManyOnDemand()
    {
        var ec2 = new Ec2Harness();
        ec2.Call("RequestSpotFleet", Request(target: 3, onDemand: 1));
        ec2.RunFor(TimeSpan.FromMinutes(1));

        var usage = ec2.Ec2.Usage();

        Assert.Equal(1, usage.Count(u => !u.IsSpot));
        Assert.Equal(2, usage.Count(u => u.IsSpot));
    }

    [Fact]
    public void CancelSpotFleetRequests_TerminateInstances_CancelledTerminatingThenCancelled()
    {
        // CancelSpotFleetRequests: BatchState cancelled_terminating while instances terminate; unknown ids fail per item.
        var ec2 = new Ec2Harness();
        var id = ec2.Call("RequestSpotFleet", Request(target: 2))["SpotFleetRequestId"]!.GetValue<string>();
        ec2.RunFor(TimeSpan.FromMinutes(1));

        var answer = ec2.Call("CancelSpotFleetRequests", new JsonObject
        {
            ["SpotFleetRequestIds"] = new JsonArray(id, "sfr-00000000-0000-0000-0000-000000000000"),
            ["TerminateInstances"] = true,
        });
        ec2.RunFor(TimeSpan.FromSeconds(1));

        var ok = Assert.Single(answer["SuccessfulFleetRequests"]!.AsArray())!;
        Assert.Equal("active", ok["PreviousSpotFleetRequestState"]!.GetValue<string>());
        Assert.Equal("cancelled_terminating", ok["CurrentSpotFleetRequestState"]!.GetValue<string>());
        Assert.Equal("fleetRequestIdDoesNotExist", answer["UnsuccessfulFleetRequests"]![0]!["Error"]!["Code"]!.GetValue<string>());
        Assert.Equal("cancelled", Describe(ec2, id)["SpotFleetRequestState"]!.GetValue<string>());
        Assert.Equal(2, ec2.Hook.Count(h => h.What == "terminated"));
    }

    [Fact]
    public void CapacityRebalance_Launch_ReplacementOnRecommendation()
    {
        // SpotMaintenanceStrategies.CapacityRebalance with ReplacementStrategy "launch": the fleet launches a replacement
        // when an instance gets a rebalance recommendation and does not terminate the at-risk instance itself.
        var ec2 = new Ec2Harness();
        var request = Request(target: 1);
        request["SpotFleetRequestConfig"]!["SpotMaintenanceStrategies"] = new JsonObject { ["CapacityRebalance"] = new JsonObject { ["ReplacementStrategy"] = "launch" } };
        var id = ec2.Call("RequestSpotFleet", request)["SpotFleetRequestId"]!.GetValue<string>();
        ec2.RunFor(TimeSpan.FromMinutes(1));
        var atRisk = ec2.Call("DescribeSpotFleetInstances", new JsonObject { ["SpotFleetRequestId"] = id })["ActiveInstances"]![0]!["InstanceId"]!.GetValue<string>();

        Assert.True(ec2.Ec2.RecommendRebalance(atRisk));
        ec2.RunFor(TimeSpan.FromMinutes(1));

        var active = ec2.Call("DescribeSpotFleetInstances", new JsonObject { ["SpotFleetRequestId"] = id })["ActiveInstances"]!.AsArray();
        Assert.Equal(2, active.Count);
        Assert.Equal("running", ec2.Instance(atRisk)["State"]!["Name"]!.GetValue<string>());
        Assert.Single(ec2.EventsOf("EC2 Instance Rebalance Recommendation"));
    }

    [Fact]
    public void Ec2Errors_StepFunctionsName_IsEc2Ec2Exception()
    {
        // AWS-FACTS: "EC2 errors are all Ec2.Ec2Exception" for aws-sdk integrations.
        var ec2 = new Ec2Harness();

        var error = ec2.Fails("DescribeSpotFleetRequests", new JsonObject { ["SpotFleetRequestIds"] = new JsonArray("sfr-00000000-0000-0000-0000-000000000000") });

        Assert.Equal("InvalidSpotFleetRequestId.NotFound", error.Code);
        Assert.Equal("Ec2.Ec2Exception", Orchestrator.Simulation.Models.AwsErrorNames.ForSdkIntegration("ec2", error.Code));
    }

    [Fact]
    public void RequestSpotFleet_MissingIamFleetRole_MissingParameter()
    {
        var ec2 = new Ec2Harness();
        var request = Request(target: 1);
        request["SpotFleetRequestConfig"]!.AsObject().Remove("IamFleetRole");

        var error = ec2.Fails("RequestSpotFleet", request);

        Assert.Equal("MissingParameter", error.Code);
        Assert.Contains("SpotFleetRequestConfig.IamFleetRole", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestSpotFleet_NeitherSpecsNorTemplates_InvalidParameterCombination()
    {
        var ec2 = new Ec2Harness();
        var request = Request(target: 1);
        request["SpotFleetRequestConfig"]!.AsObject().Remove("LaunchSpecifications");

        Assert.Equal("InvalidParameterCombination", ec2.Fails("RequestSpotFleet", request).Code);
    }
}
