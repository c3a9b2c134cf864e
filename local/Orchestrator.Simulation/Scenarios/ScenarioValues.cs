using System.Globalization;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>Checks for scenario fields, each failing with a <see cref="ScenarioException"/> that names the field.</summary>
internal static class ScenarioValues
{
    public static double NonNegative(double value, string field) =>
        value >= 0 && double.IsFinite(value) ? value : throw new ScenarioException($"{field} must be a number ≥ 0, got {value.ToString(CultureInfo.InvariantCulture)}.");

    public static double Probability(double? value, string field) =>
        value is null ? 0 : value is >= 0 and <= 1 ? value.Value : throw new ScenarioException($"{field} must be between 0 and 1.");

    public static T Required<T>(T? value, string field)
        where T : class => value ?? throw new ScenarioException($"{field} is required.");

    public static T Required<T>(T? value, string field)
        where T : struct => value ?? throw new ScenarioException($"{field} is required.");
}
