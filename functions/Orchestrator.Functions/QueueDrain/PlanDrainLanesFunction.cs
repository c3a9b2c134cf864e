using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Core;
using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Functions.QueueDrain;

/// <summary>State <c>PlanDrainLanes</c>: queue attributes and running tasks in, a <see cref="LanePlan"/> out.</summary>
/// <remarks>Event: <c>{"Settings", "Queue": GetQueueAttributes answer, "Running": ListTasks answer,
/// "Report", "Now"}</c>.</remarks>
public static class PlanDrainLanesFunction
{
    public static Stream PlanDrainLanes(Stream input)
    {
        var e = FunctionInput.Read(input);
        var attributes = Json.Object(e.Object("Queue"), "Attributes", "event.Queue");
        var depth = new QueueDepth(
            Count(attributes, "ApproximateNumberOfMessages"),
            Count(attributes, "ApproximateNumberOfMessagesNotVisible"),
            Count(attributes, "ApproximateNumberOfMessagesDelayed"));
        var running = e.Object("Running")["TaskArns"] is JsonArray arns ? arns.Count : 0;
        var report = e.Get("Report", FunctionJson.Default.DrainReport);
        var plan = LanePlanner.Plan(depth, running, report, e.Get("Settings", FunctionJson.Default.DrainSettings), e.Time("Now"));
        return FunctionOutput.Write(plan, FunctionJson.Default.LanePlan);
    }

    /// <summary>SQS answers attribute values as strings ("5"); an absent one counts as 0.</summary>
    private static long Count(JsonObject attributes, string name)
    {
        var text = Json.OptionalString(attributes, name);
        if (text is null)
        {
            return 0;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidInputException($"event.Queue.Attributes.{name} '{text}' is not a count.");
    }
}
