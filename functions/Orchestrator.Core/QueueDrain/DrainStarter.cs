using System.Text.Json.Nodes;

namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// The queue drain's first decision: parse the settings and the trigger (or a hand-over from a
/// previous execution of the same drain) into a <see cref="DrainStart"/>.
/// </summary>
/// <remarks>
/// A hand-over input is <c>{"handover": {report}}</c>, written by the drain itself; its report keeps
/// the lease owner and the totals so one drain's output covers all its executions. A fresh trigger
/// makes the execution's own name the lease owner.
/// </remarks>
public static class DrainStarter
{
    public static DrainStart Begin(
        JsonNode? input,
        IReadOnlyDictionary<string, string?> settingValues,
        string executionName,
        DateTimeOffset now,
        Func<JsonNode, DrainReport> readReport)
    {
        if (string.IsNullOrWhiteSpace(executionName))
        {
            throw new InvalidInputException("executionName is required (the lease owner).");
        }

        var settings = DrainSettings.Parse(settingValues);
        var sizes = Enumerable.Range(0, settings.ReceivesPerBatch)
            .Select(i => Math.Min(10, settings.BatchSize - (10 * i)))
            .ToArray();
        var lease = now.ToUnixTimeSeconds() + settings.VisibilityTimeoutSeconds + settings.RecheckSeconds;

        if (input is JsonObject o && o["handover"] is { } handover)
        {
            var report = readReport(handover).HandOver();
            return new DrainStart(true, $"continuing drain {report.Owner} (execution {report.Executions})", settings, [], report, sizes, now.ToUnixTimeSeconds(), lease);
        }

        var trigger = TriggerParser.Parse(input, settings.QueueUrl);
        return new DrainStart(trigger.Start, trigger.Reason, settings, trigger.RequeueBatches, DrainReport.Start(executionName), sizes, now.ToUnixTimeSeconds(), lease);
    }
}
