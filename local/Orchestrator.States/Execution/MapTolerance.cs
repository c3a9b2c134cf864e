using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.States.Model;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Execution;

/// <summary>
/// A Distributed Map run's tolerated failure thresholds, resolved from the literals or the *Path
/// fields (causes as recorded on AWS), and the check after each failed item.
/// </summary>
/// <remarks>A threshold not set does not apply; with neither set the tolerance is 0 failed items
/// (AWS's default), so the first failure fails the Map with States.ExceedToleratedFailureThreshold.
/// The percentage counts failed items against all items of the run.</remarks>
internal sealed class MapTolerance
{
    private readonly long? _count;
    private readonly double? _percentage;

    private MapTolerance(long? count, double? percentage)
    {
        _count = count is null && percentage is null ? 0 : count;
        _percentage = percentage;
    }

    public static MapTolerance Resolve(DistributedMapConfig config, JsonNode? input, JsonNode? context)
    {
        var count = config.ToleratedFailureCount;
        if (config.ToleratedFailureCountPath is { } countPath)
        {
            var value = countPath.SelectOrFail(input, context);
            count = MapRun.TryInteger(value, out var parsed)
                ? parsed
                : throw Runtime(ErrorCauses.NotAnInteger("ToleratedFailureCountPath", countPath.Text, value));
        }

        if (count < 0)
        {
            throw Runtime(ErrorCauses.ToleratedCountNegative);
        }

        var percentage = config.ToleratedFailurePercentage;
        if (config.ToleratedFailurePercentagePath is { } percentagePath)
        {
            var value = percentagePath.SelectOrFail(input, context);
            percentage = JsonScalars.TryGetNumber(value, out var number)
                || (JsonScalars.TryGetString(value, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
                ? number
                : throw Runtime(ErrorCauses.NotAnInteger("ToleratedFailurePercentagePath", percentagePath.Text, value, "float"));
        }

        if (percentage is < 0 or > 100)
        {
            throw Runtime(ErrorCauses.ToleratedPercentageRange);
        }

        return new MapTolerance(count, percentage);
    }

    /// <summary>True when <paramref name="failed"/> of <paramref name="total"/> items is more than tolerated.</summary>
    public bool Exceeded(int failed, int total) =>
        failed > _count || (_percentage is { } p && failed * 100.0 / Math.Max(total, 1) > p);

    private static StatesException Runtime(string cause) => new(StatesErrorNames.Runtime, cause);
}
