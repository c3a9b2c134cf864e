using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>
/// Spot Fleet requests: RequestSpotFleet, DescribeSpotFleetRequests, DescribeSpotFleetInstances,
/// ModifySpotFleetRequest (maintain fleets only, state <c>modifying</c> for a while), CancelSpotFleetRequests,
/// and the fleet metrics in AWS/EC2Spot.
/// </summary>
/// <remarks>
/// Defaults from the SpotFleetRequestConfigData API reference: Type <c>maintain</c>, AllocationStrategy
/// <c>lowestPrice</c>, WeightedCapacity 1. Launch templates are not kept by the simulation, so each
/// LaunchTemplateConfigs override must name its InstanceType; a specification without an Availability
/// Zone spans every zone.
/// </remarks>
public sealed partial class SimulatedEc2
{
    private readonly Dictionary<string, SpotFleetState> _fleets = new(StringComparer.Ordinal);

    private JsonObject RequestSpotFleet(JsonObject request)
    {
        var config = Ec2Json.Object(request, "SpotFleetRequestConfig")!;
        var target = Ec2Json.Int(config, "TargetCapacity")!.Value;
        var onDemand = Ec2Json.Int(config, "OnDemandTargetCapacity") ?? 0;
        var type = Ec2Json.String(config, "Type") ?? "maintain";
        if (type == "instant")
        {
            throw Ec2Errors.InvalidParameterValue("The fleet type 'instant' is not supported for Spot Fleet requests; use request or maintain.");
        }

        if (target < 0 || onDemand < 0 || onDemand > target)
        {
            throw Ec2Errors.InvalidParameterValue($"TargetCapacity ({target}) and OnDemandTargetCapacity ({onDemand}) must be non-negative, with OnDemandTargetCapacity not above TargetCapacity.");
        }

        var pools = ReadPools(config);
        var id = "sfr-" + _ids.Uuid();
        var rebalance = Ec2Json.Object(Ec2Json.Object(config, "SpotMaintenanceStrategies"), "CapacityRebalance");
        var fleet = new SpotFleetState(this, id, (JsonObject)config.DeepClone(), pools)
        {
            CreateTime = Now,
            Type = type,
            AllocationStrategy = Ec2Json.String(config, "AllocationStrategy") ?? "lowestPrice",
            OnDemandAllocationStrategy = Ec2Json.String(config, "OnDemandAllocationStrategy") ?? "lowestPrice",
            TerminateExcess = Ec2Json.String(config, "ExcessCapacityTerminationPolicy") != "noTermination",
            CapacityRebalance = Ec2Json.String(rebalance, "ReplacementStrategy") is "launch" or "launch-before-terminate",
            TargetCapacity = target,
            OnDemandTargetCapacity = onDemand,
        };
        _fleets[id] = fleet;
        _scheduler.Schedule(TimeSpan.Zero, () =>
        {
            if (fleet.State == "submitted")
            {
                fleet.State = "active";
                fleet.Reconcile();
            }
        });
        ScheduleFleetMetrics(fleet);
        return new JsonObject { ["SpotFleetRequestId"] = id };
    }

    private List<LaunchPool> ReadPools(JsonObject config)
    {
        var specs = Ec2Json.Array(config, "LaunchSpecifications").OfType<JsonObject>().ToList();
        var templates = Ec2Json.Array(config, "LaunchTemplateConfigs").OfType<JsonObject>().ToList();
        if ((specs.Count == 0) == (templates.Count == 0))
        {
            throw Ec2Errors.InvalidParameterCombination("Exactly one of LaunchSpecifications or LaunchTemplateConfigs must be specified.");
        }

        var entries = specs.Count > 0
            ? specs.Select((s, i) => (Path: $"LaunchSpecifications[{i}]", Node: s, Zone: Ec2Json.String(Ec2Json.Object(s, "Placement"), "AvailabilityZone")))
            : templates.SelectMany((t, i) => Ec2Json.Array(t, "Overrides").OfType<JsonObject>()
                .Select((o, j) => (Path: $"LaunchTemplateConfigs[{i}].Overrides[{j}]", Node: o, Zone: Ec2Json.String(o, "AvailabilityZone"))));
        var pools = new List<LaunchPool>();
        foreach (var (path, node, zone) in entries)
        {
            var typeName = Ec2Json.String(node, "InstanceType")
                ?? throw Ec2Errors.InvalidParameterValue($"{path}.InstanceType is required by the simulated EC2 (it keeps no launch templates).");
            var type = FindType(typeName) ?? throw Ec2Errors.InvalidParameterValue($"{path}.InstanceType: the simulated EC2 has no price data for '{typeName}'.");
            var weight = Ec2Json.Double(node, "WeightedCapacity") ?? 1;
            if (weight <= 0)
            {
                throw Ec2Errors.InvalidParameterValue($"{path}.WeightedCapacity must be positive, got {weight}.");
            }

            if (zone is not null && !_options.AvailabilityZones.Contains(zone))
            {
                throw Ec2Errors.InvalidParameterValue($"{path}: invalid availability zone: [{zone}]");
            }

            foreach (var z in zone is null ? _options.AvailabilityZones : [zone])
            {
                pools.Add(new LaunchPool(pools.Count, type, z, weight, Ec2Json.Double(node, "Priority") ?? pools.Count));
            }
        }

        if (pools.Count == 0)
        {
            throw Ec2Errors.InvalidParameterValue("LaunchTemplateConfigs must contain at least one override with an InstanceType.");
        }

        return pools;
    }

    private JsonObject DescribeSpotFleetRequests(JsonObject request)
    {
        var ids = Ec2Json.Strings(request, "SpotFleetRequestIds");
        var fleets = ids.Count == 0 ? _fleets.Values.ToList() : ids.Select(FindFleet).ToList();
        return new JsonObject
        {
            ["SpotFleetRequestConfigs"] = new JsonArray(fleets.Select(f => (JsonNode)FleetJson(f)).ToArray()),
        };
    }

    private JsonObject DescribeSpotFleetInstances(JsonObject request)
    {
        var fleet = FindFleet(Ec2Json.String(request, "SpotFleetRequestId")!);
        return new JsonObject
        {
            ["SpotFleetRequestId"] = fleet.Id,
            ["ActiveInstances"] = new JsonArray(fleet.Live.Select(i =>
            {
                var json = new JsonObject { ["InstanceId"] = i.Id, ["InstanceType"] = i.Type.Name, ["InstanceHealth"] = "healthy" };
                if (i.IsSpot)
                {
                    json["SpotInstanceRequestId"] = "sir-" + i.Id[2..10];
                }

                return (JsonNode)json;
            }).ToArray()),
        };
    }

    private JsonObject ModifySpotFleetRequest(JsonObject request)
    {
        var fleet = FindFleet(Ec2Json.String(request, "SpotFleetRequestId")!);
        if (fleet.Type != "maintain")
        {
            throw Ec2Errors.NotModifiable(fleet.Id);
        }

        if (fleet.IsCancelled)
        {
            throw Ec2Errors.InvalidParameterValue($"The spot fleet request '{fleet.Id}' is {fleet.State} and cannot be modified.");
        }

        var target = Ec2Json.Int(request, "TargetCapacity") ?? fleet.TargetCapacity;
        var onDemand = Ec2Json.Int(request, "OnDemandTargetCapacity") ?? fleet.OnDemandTargetCapacity;
        if (target < 0 || onDemand < 0 || onDemand > target)
        {
            throw Ec2Errors.InvalidParameterValue($"TargetCapacity ({target}) and OnDemandTargetCapacity ({onDemand}) must be non-negative, with OnDemandTargetCapacity not above TargetCapacity.");
        }

        if (Ec2Json.String(request, "ExcessCapacityTerminationPolicy") is { } policy)
        {
            fleet.TerminateExcess = policy != "noTermination";
        }

        // The new target applies when the modification completes, as AWS's 'modifying' state shows.
        fleet.State = "modifying";
        _scheduler.Schedule(_options.SpotFleetModifyDuration, () =>
        {
            if (fleet.IsCancelled)
            {
                return;
            }

            fleet.TargetCapacity = target;
            fleet.OnDemandTargetCapacity = onDemand;
            fleet.State = "active";
            fleet.Reconcile();
        });
        return new JsonObject { ["Return"] = true };
    }

    private JsonObject CancelSpotFleetRequests(JsonObject request)
    {
        var terminate = Ec2Json.Bool(request, "TerminateInstances") ?? false;
        var ok = new JsonArray();
        var failed = new JsonArray();
        foreach (var id in Ec2Json.Strings(request, "SpotFleetRequestIds"))
        {
            var code = !id.StartsWith("sfr-", StringComparison.Ordinal) ? "fleetRequestIdMalformed"
                : _fleets.GetValueOrDefault(id) is not { } f ? "fleetRequestIdDoesNotExist"
                : f.IsCancelled ? "fleetRequestNotInCancellableState"
                : null;
            if (code is not null)
            {
                failed.Add(new JsonObject { ["SpotFleetRequestId"] = id, ["Error"] = new JsonObject { ["Code"] = code, ["Message"] = $"The spot fleet request {id} cannot be cancelled ({code})." } });
                continue;
            }

            var fleet = _fleets[id];
            var previous = fleet.State;
            fleet.State = terminate && fleet.Live.Any() ? "cancelled_terminating" : terminate ? "cancelled" : "cancelled_running";
            if (terminate)
            {
                fleet.TerminateAll();
            }

            ok.Add(new JsonObject { ["SpotFleetRequestId"] = id, ["PreviousSpotFleetRequestState"] = previous, ["CurrentSpotFleetRequestState"] = fleet.State });
        }

        return new JsonObject { ["SuccessfulFleetRequests"] = ok, ["UnsuccessfulFleetRequests"] = failed };
    }

    private SpotFleetState FindFleet(string id) => _fleets.GetValueOrDefault(id) ?? throw Ec2Errors.FleetNotFound(id);

    private static JsonObject FleetJson(SpotFleetState fleet)
    {
        var config = (JsonObject)fleet.Config.DeepClone();
        config["TargetCapacity"] = fleet.TargetCapacity;
        config["OnDemandTargetCapacity"] = fleet.OnDemandTargetCapacity;
        config["FulfilledCapacity"] = fleet.FulfilledCapacity;
        config["OnDemandFulfilledCapacity"] = fleet.Fulfilled(false);
        config["Type"] = fleet.Type;
        config["AllocationStrategy"] = fleet.AllocationStrategy;
        config["ExcessCapacityTerminationPolicy"] = fleet.TerminateExcess ? "default" : "noTermination";
        return new JsonObject
        {
            ["SpotFleetRequestId"] = fleet.Id,
            ["SpotFleetRequestState"] = fleet.State,
            ["ActivityStatus"] = fleet.ActivityStatus,
            ["CreateTime"] = Ec2Json.Time(fleet.CreateTime),
            ["SpotFleetRequestConfig"] = config,
        };
    }

    /// <summary>
    /// Publishes TargetCapacity, FulfilledCapacity, PendingCapacity (target − fulfilled, never below 0)
    /// and TerminatingCapacity in AWS/EC2Spot with dimension FleetRequestId, at period boundaries, until the fleet is cancelled.
    /// </summary>
    private void ScheduleFleetMetrics(SpotFleetState fleet)
    {
        if (_metrics is not { } sink || _options.SpotFleetMetricsPeriod <= TimeSpan.Zero)
        {
            return;
        }

        var period = _options.SpotFleetMetricsPeriod.Ticks;
        var next = new DateTimeOffset((Now.UtcTicks / period + 1) * period, TimeSpan.Zero);
        _scheduler.ScheduleAt(next, () =>
        {
            if (fleet.State == "cancelled")
            {
                return;
            }

            var dims = new Dictionary<string, string>(StringComparer.Ordinal) { ["FleetRequestId"] = fleet.Id };
            sink.Put("AWS/EC2Spot", "TargetCapacity", dims, Now, fleet.TargetCapacity, "Count");
            sink.Put("AWS/EC2Spot", "FulfilledCapacity", dims, Now, fleet.FulfilledCapacity, "Count");
            sink.Put("AWS/EC2Spot", "PendingCapacity", dims, Now, Math.Max(0, fleet.TargetCapacity - fleet.FulfilledCapacity), "Count");
            sink.Put("AWS/EC2Spot", "TerminatingCapacity", dims, Now, fleet.TerminatingCapacity, "Count");
            ScheduleFleetMetrics(fleet);
        }, priority: 2);
    }
}
