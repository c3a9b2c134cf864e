using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>StopTask, DescribeTasks and ListTasks, plus the C# stop used by the Step Functions engine.</summary>
public sealed partial class SimulatedEcs
{
    /// <summary>
    /// Stops a task as StopTask does (stop code UserInitiated); for the engine when a <c>.sync</c>
    /// state times out or its execution stops. Returns the task JSON.
    /// </summary>
    /// <exception cref="AwsServiceException">Unknown cluster or task.</exception>
    public JsonObject StopTask(string? cluster, string task, string? reason = null)
    {
        var request = new JsonObject { ["task"] = task };
        if (cluster is not null)
        {
            request["cluster"] = cluster;
        }

        if (reason is not null)
        {
            request["reason"] = reason;
        }

        return (JsonObject)((JsonObject)Invoke("StopTask", request))["task"]!.DeepClone();
    }

    private JsonNode StopTask(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var task = FindTask(cluster, EcsJson.String(request, "task")!)
            ?? throw EcsErrors.InvalidParameter("The referenced task was not found.");
        var reason = EcsJson.String(request, "reason");
        RequestStop(task, StopCodes.UserInitiated, string.IsNullOrEmpty(reason) ? StopCodes.StoppedByUserReason : reason);
        return new JsonObject { ["task"] = task.ToJson(_options.AvailabilityZone) };
    }

    private JsonNode DescribeTasks(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var references = EcsJson.Strings(request, "tasks").ToList();
        if (references.Count == 0)
        {
            throw EcsErrors.InvalidParameter("Tasks cannot be empty.");
        }

        if (references.Count > 100)
        {
            // "You can specify up to 100 tasks" (DescribeTasks API reference).
            throw EcsErrors.InvalidParameter($"tasks: at most 100 tasks can be described per call, got {references.Count}.");
        }

        var tasks = new JsonArray();
        var failures = new JsonArray();
        foreach (var reference in references)
        {
            if (FindTask(cluster, reference) is { } task)
            {
                tasks.Add(task.ToJson(_options.AvailabilityZone));
            }
            else
            {
                failures.Add(new JsonObject { ["arn"] = reference, ["reason"] = "MISSING" });
            }
        }

        return new JsonObject { ["tasks"] = tasks, ["failures"] = failures };
    }

    private JsonNode ListTasks(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var family = EcsJson.String(request, "family");
        var startedBy = EcsJson.String(request, "startedBy");
        var serviceName = EcsJson.String(request, "serviceName");
        var launchType = EcsJson.String(request, "launchType");
        var instance = EcsJson.String(request, "containerInstance");
        // "The default status filter is RUNNING": tasks whose desiredStatus is RUNNING (ListTasks API reference).
        var desired = EcsJson.String(request, "desiredStatus") ?? "RUNNING";
        if (serviceName is not null && !cluster.Services.Any(s => s.Name == serviceName))
        {
            throw EcsErrors.ServiceNotFound();
        }

        var matching = cluster.Tasks.Where(t =>
                t.DesiredStatus == desired
                && (family is null || t.Definition.Family == family)
                && (startedBy is null || t.StartedBy == startedBy)
                && (serviceName is null || t.Service?.Name == serviceName)
                && (launchType is null || t.LaunchType == launchType)
                && (instance is null || t.Instance?.Arn == instance || (t.Instance?.Arn.EndsWith("/" + instance, StringComparison.Ordinal) ?? false)))
            .Select(t => t.Arn)
            .ToList();
        return Page(matching, request, "taskArns");
    }

    /// <summary>A page of <paramref name="items"/> per maxResults (default and maximum 100) and nextToken (an offset).</summary>
    private static JsonObject Page(List<string> items, JsonObject request, string member)
    {
        var max = EcsJson.Int(request, "maxResults") ?? 100;
        if (max is < 1 or > 100)
        {
            throw EcsErrors.InvalidParameter("maxResults must be between 1 and 100.");
        }

        var start = 0;
        if (EcsJson.String(request, "nextToken") is { } token
            && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start > items.Count))
        {
            throw EcsErrors.InvalidParameter("Invalid nextToken.");
        }

        var page = new JsonArray();
        foreach (var item in items.Skip(start).Take(max))
        {
            page.Add(item);
        }

        var response = new JsonObject { [member] = page };
        if (start + max < items.Count)
        {
            response["nextToken"] = (start + max).ToString(CultureInfo.InvariantCulture);
        }

        return response;
    }

    private static TaskState? FindTask(ClusterState cluster, string reference) =>
        cluster.Tasks.FirstOrDefault(t => t.Arn == reference || t.Arn.EndsWith("/" + reference, StringComparison.Ordinal));
}
