using System.Globalization;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>Checks for scenario fields, each failing with a <see cref="ScenarioException"/> that names the field.</summary>
internal static class ScenarioValues
{
    public static double NonNegative(double value, string field) =>
        value >= 0 && double.IsFinite(value) ? value : throw ScenarioException.For(field, $"{field} must be a number ≥ 0, got {value.ToString(CultureInfo.InvariantCulture)}.");

    public static double Positive(double value, string field) =>
        value > 0 && double.IsFinite(value) ? value : throw ScenarioException.For(field, $"{field} must be a number > 0, got {value.ToString(CultureInfo.InvariantCulture)}.");

    public static double Probability(double? value, string field) =>
        value is null ? 0 : value is >= 0 and <= 1 ? value.Value : throw ScenarioException.For(field, $"{field} must be between 0 and 1, got {value.Value.ToString(CultureInfo.InvariantCulture)}.");

    public static int Whole(int value, string field, int min, int max) =>
        value >= min && value <= max ? value : throw ScenarioException.For(field, $"{field} must be a whole number in {min}..{max}, got {value}.");

    public static T Required<T>(T? value, string field)
        where T : class => value ?? throw ScenarioException.For(field, $"{field} is required.");

    public static T Required<T>(T? value, string field)
        where T : struct => value ?? throw ScenarioException.For(field, $"{field} is required.");

    /// <summary>A duration that must be longer than zero.</summary>
    public static TimeSpan PositiveDuration(string? text, string field)
    {
        var span = Durations.Parse(text, field);
        return span > TimeSpan.Zero ? span : throw ScenarioException.For(field, $"{field} must be longer than zero.");
    }

    /// <summary>A point in time from the start that must fall inside the run (before <paramref name="horizon"/>).</summary>
    public static TimeSpan Inside(TimeSpan at, TimeSpan horizon, string field) =>
        at < horizon ? at : throw ScenarioException.For(field, $"{field} ({Durations.Format(at)}) is not inside the run: the horizon is {Durations.Format(horizon)}.");

    /// <summary>Checks a window: from before to, from inside the run, to at most the horizon.</summary>
    public static void Window(TimeSpan from, TimeSpan to, TimeSpan horizon, string where)
    {
        if (from >= to)
        {
            throw ScenarioException.For($"{where}.to", $"{where}: from ({Durations.Format(from)}) must be before to ({Durations.Format(to)}).");
        }

        Inside(from, horizon, $"{where}.from");
        if (to > horizon)
        {
            throw ScenarioException.For($"{where}.to", $"{where}.to ({Durations.Format(to)}) is after the horizon ({Durations.Format(horizon)}).");
        }
    }
}
