using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>RunInstances, DescribeInstances, TerminateInstances, and the launch API Spot Fleet and Auto Scaling use.</summary>
public sealed partial class SimulatedEc2
{
    private static readonly HashSet<string> InstanceFilters = new(StringComparer.Ordinal)
    {
        "instance-id", "instance-state-name", "instance-state-code", "instance-type", "availability-zone",
        "instance-lifecycle", "reservation-id", "tag-key",
    };

    /// <summary>
    /// Launches one instance for a fleet or group when the pool has capacity; null when it has none
    /// (Spot capacity per the scenario; on-demand capacity is always there).
    /// </summary>
    internal Ec2Instance? TryLaunch(string type, string zone, bool spot, IReadOnlyDictionary<string, string> tags, IInstanceOwner? owner)
    {
        if (spot && !TryAcquireSpot(type, zone))
        {
            return null;
        }

        return Launch(FindType(type)!, zone, spot, "r-" + _ids.Hex17(), tags, owner);
    }

    /// <summary>Terminates an instance (no-op when it is already shutting down or gone).</summary>
    internal void Terminate(Ec2Instance instance, InstanceTerminationCause cause)
    {
        if (!instance.IsLive)
        {
            return;
        }

        instance.State = "shutting-down";
        instance.StoppedBillingAt = instance.RunningSince is null ? null : Now;
        instance.StateTransitionReason = cause == InstanceTerminationCause.SpotInterruption
            ? $"Service initiated ({Now.UtcDateTime:yyyy-MM-dd HH:mm:ss} GMT)"
            : $"User initiated ({Now.UtcDateTime:yyyy-MM-dd HH:mm:ss} GMT)";
        LifecycleHook?.InstanceTerminating(instance.Snapshot(), cause);
        PublishStateChange(instance);
        _scheduler.Schedule(_options.ShutdownDelay, () =>
        {
            instance.State = "terminated";
            instance.TerminatedAt = Now;
            LifecycleHook?.InstanceTerminated(instance.Snapshot(), cause);
            PublishStateChange(instance);
            instance.Owner?.Terminated(instance, cause);
        });
    }

    private Ec2Instance Launch(InstanceTypeInfo type, string zone, bool spot, string reservationId, IReadOnlyDictionary<string, string> tags, IInstanceOwner? owner)
    {
        var instance = new Ec2Instance
        {
            Id = "i-" + _ids.Hex17(),
            ReservationId = reservationId,
            Type = type,
            AvailabilityZone = zone,
            IsSpot = spot,
            LaunchTime = Now,
            Tags = new Dictionary<string, string>(tags, StringComparer.Ordinal),
            Owner = owner,
        };
        _instances[instance.Id] = instance;
        _launchOrder.Add(instance);
        PublishStateChange(instance);
        _scheduler.Schedule(_options.BootDelay, () =>
        {
            if (instance.State != "pending")
            {
                return;
            }

            instance.State = "running";
            instance.RunningSince = Now;
            LifecycleHook?.InstanceRunning(instance.Snapshot());
            PublishStateChange(instance);
            instance.Owner?.Running(instance);
            ScheduleRandomInterruption(instance);
        });
        return instance;
    }

    private JsonObject RunInstances(JsonObject request)
    {
        var min = Ec2Json.Int(request, "MinCount")!.Value;
        var max = Ec2Json.Int(request, "MaxCount")!.Value;
        if (min < 1 || max < min)
        {
            throw Ec2Errors.InvalidParameterValue($"Invalid value '{min}' for minCount. Must be between 1 and maxCount ({max}).");
        }

        var typeName = Ec2Json.String(request, "InstanceType")
            ?? throw Ec2Errors.InvalidParameterValue("The simulated EC2 needs InstanceType (it keeps no launch templates).");
        var type = FindType(typeName) ?? throw Ec2Errors.InvalidParameterValue($"Invalid value '{typeName}' for InstanceType.");
        var zone = Ec2Json.String(Ec2Json.Object(request, "Placement"), "AvailabilityZone") ?? NextZone();
        if (!_options.AvailabilityZones.Contains(zone))
        {
            throw Ec2Errors.InvalidParameterValue($"Invalid availability zone: [{zone}]");
        }

        var spot = Ec2Json.String(Ec2Json.Object(request, "InstanceMarketOptions"), "MarketType") == "spot";
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in Ec2Json.Array(request, "TagSpecifications").OfType<JsonObject>())
        {
            if (Ec2Json.String(spec, "ResourceType") is null or "instance")
            {
                foreach (var tag in Ec2Json.Array(spec, "Tags").OfType<JsonObject>())
                {
                    tags[Ec2Json.String(tag, "Key") ?? string.Empty] = Ec2Json.String(tag, "Value") ?? string.Empty;
                }
            }
        }

        // Capacity is all or nothing per call here: a Spot pool without capacity launches none.
        var count = spot && !TryAcquireSpot(type.Name, zone) ? 0 : max;
        if (count < min)
        {
            throw Ec2Errors.InsufficientCapacity(spot, type.Name, zone);
        }

        var reservation = "r-" + _ids.Hex17();
        var launched = Enumerable.Range(0, count).Select(_ => Launch(type, zone, spot, reservation, tags, null)).ToList();
        return Reservation(reservation, launched);
    }

    private JsonObject DescribeInstances(JsonObject request)
    {
        var ids = Ec2Json.Strings(request, "InstanceIds");
        foreach (var id in ids)
        {
            if (!id.StartsWith("i-", StringComparison.Ordinal))
            {
                throw Ec2Errors.InstanceMalformed(id);
            }

            if (!_instances.ContainsKey(id))
            {
                throw Ec2Errors.InstanceNotFound(id);
            }
        }

        var filters = Ec2Json.Array(request, "Filters").OfType<JsonObject>()
            .Select(f => (Name: Ec2Json.String(f, "Name") ?? string.Empty, Values: Ec2Json.Strings(f, "Values")))
            .ToList();
        foreach (var (name, _) in filters)
        {
            if (!InstanceFilters.Contains(name) && !name.StartsWith("tag:", StringComparison.Ordinal))
            {
                throw Ec2Errors.InvalidParameterValue($"The filter '{name}' is invalid");
            }
        }

        var visible = _launchOrder
            .Where(i => i.TerminatedAt is not { } t || Now - t < _options.TerminatedVisibility)
            .Where(i => ids.Count == 0 || ids.Contains(i.Id))
            .Where(i => filters.All(f => Matches(i, f.Name, f.Values)));
        var reservations = visible.GroupBy(i => i.ReservationId).Select(g => (JsonNode)Reservation(g.Key, g)).ToArray();
        return new JsonObject { ["Reservations"] = new JsonArray(reservations) };
    }

    private JsonObject TerminateInstances(JsonObject request)
    {
        var ids = Ec2Json.Strings(request, "InstanceIds");
        var instances = ids.Select(id => id.StartsWith("i-", StringComparison.Ordinal)
            ? _instances.GetValueOrDefault(id) ?? throw Ec2Errors.InstanceNotFound(id)
            : throw Ec2Errors.InstanceMalformed(id)).ToList();
        var changes = new JsonArray();
        foreach (var instance in instances)
        {
            var previous = instance.StateJson();
            Terminate(instance, InstanceTerminationCause.UserInitiated);
            changes.Add(new JsonObject { ["InstanceId"] = instance.Id, ["CurrentState"] = instance.StateJson(), ["PreviousState"] = previous });
        }

        return new JsonObject { ["TerminatingInstances"] = changes };
    }

    private static bool Matches(Ec2Instance i, string name, IReadOnlyList<string> values) => name switch
    {
        "instance-id" => values.Contains(i.Id),
        "instance-state-name" => values.Contains(i.State),
        "instance-state-code" => values.Contains(i.StateCode.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        "instance-type" => values.Contains(i.Type.Name),
        "availability-zone" => values.Contains(i.AvailabilityZone),
        "instance-lifecycle" => i.IsSpot && values.Contains("spot"),
        "reservation-id" => values.Contains(i.ReservationId),
        "tag-key" => i.Tags.Keys.Any(values.Contains),
        _ => i.Tags.TryGetValue(name[4..], out var v) && values.Contains(v),
    };

    private JsonObject Reservation(string id, IEnumerable<Ec2Instance> instances) => new()
    {
        ["ReservationId"] = id,
        ["OwnerId"] = _options.AccountId,
        ["Groups"] = new JsonArray(),
        ["Instances"] = new JsonArray(instances.Select(i => (JsonNode)i.ToJson()).ToArray()),
    };
}
