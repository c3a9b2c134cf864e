using System.Text.Json.Nodes;

namespace Orchestrator.Core.Capacity;

/// <summary>An ECS container instance as DescribeContainerInstances (or UpdateContainerInstancesState)
/// answers it through the aws-sdk integration (PascalCase).</summary>
/// <param name="Cpu">Registered CPU units.</param>
/// <param name="MemoryMiB">Registered memory.</param>
/// <param name="Tasks">Running plus pending tasks: an instance is empty only when both are 0.</param>
/// <param name="InstanceType">The agent's <c>ecs.instance-type</c> attribute, when present.</param>
public sealed record ClusterInstance(
    string Arn,
    string Ec2InstanceId,
    string Status,
    int Cpu,
    int MemoryMiB,
    int Tasks,
    DateTimeOffset? RegisteredAt,
    string? InstanceType)
{
    /// <summary>Every instance in <c>ContainerInstances</c> (absent: none).</summary>
    public static IReadOnlyList<ClusterInstance> ParseAll(JsonObject answer, string where) =>
        AnswerJson.Objects(answer, "ContainerInstances", where).Select(i => Parse(i.Item, i.Where)).ToList();

    /// <summary>Every instance of a chain of DescribeContainerInstances pages, <c>{"ContainerInstances": […],
    /// "Rest": {…the pages before…}}</c>, ending in a page without <c>Rest</c> (return-to-spot's
    /// CollectPage: ASL has no array concatenation). Listed pages are disjoint, so nothing repeats.</summary>
    public static IReadOnlyList<ClusterInstance> ParsePages(JsonObject pages, string where)
    {
        var newestFirst = new List<IReadOnlyList<ClusterInstance>>();
        for (JsonObject? page = pages; page is not null; where += ".Rest")
        {
            newestFirst.Add(ParseAll(page, where));
            page = page["Rest"] switch
            {
                null => null,
                JsonObject rest => rest,
                var other => throw new InvalidInputException($"{where}.Rest: expected an object (the earlier pages), got {other.ToJsonString()}."),
            };
        }

        newestFirst.Reverse();
        return [.. newestFirst.SelectMany(p => p)];
    }

    private static ClusterInstance Parse(JsonObject o, string at)
    {
        var resources = AnswerJson.Objects(o, "RegisteredResources", at)
            .ToDictionary(r => Json.String(r.Item, "Name", r.Where), r => AnswerJson.Number(r.Item, "IntegerValue", r.Where) ?? 0, StringComparer.Ordinal);
        var type = AnswerJson.Objects(o, "Attributes", at)
            .Where(a => Json.OptionalString(a.Item, "Name") == "ecs.instance-type")
            .Select(a => Json.OptionalString(a.Item, "Value"))
            .FirstOrDefault();
        return new ClusterInstance(
            Json.String(o, "ContainerInstanceArn", at),
            Json.String(o, "Ec2InstanceId", at),
            Json.String(o, "Status", at),
            (int)resources.GetValueOrDefault("CPU"),
            (int)resources.GetValueOrDefault("MEMORY"),
            (int)((AnswerJson.Number(o, "RunningTasksCount", at) ?? 0) + (AnswerJson.Number(o, "PendingTasksCount", at) ?? 0)),
            AnswerJson.Time(o, "RegisteredAt", at),
            type);
    }
}
