using static Orchestrator.Simulation.Scenarios.ScenarioValues;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Checks every time in the <c>faults:</c> section against the run: a window's from before its to,
/// both inside the horizon; a point in time (a Spot interruption) before the horizon. A fault that
/// would start after the run ends is a mistake, not a no-op.
/// </summary>
internal static class ScenarioWindows
{
    public static void Check(ScenarioFile.FaultSection? faults, TimeSpan horizon)
    {
        if (faults is null)
        {
            return;
        }

        Each(faults.FargateSpotUnavailable, "faults.fargateSpotUnavailable", (w, where) => Window(w.From, w.To, where, horizon, required: true));
        Each(faults.Api, "faults.api", (f, where) => Window(f.From, f.To, where, horizon, required: false));
        Each(faults.SpotCapacity, "faults.spotCapacity", (w, where) => Window(w.From, w.To, where, horizon, required: true));
        Each(faults.SpotInterruptions, "faults.spotInterruptions", (s, where) => Inside(Durations.Parse(s.At, $"{where}.at"), horizon, $"{where}.at"));
    }

    private static void Each<T>(List<T>? items, string path, Action<T, string> check)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            check(items![i], $"{path}[{i}]");
        }
    }

    private static void Window(string? fromText, string? toText, string where, TimeSpan horizon, bool required)
    {
        if (!required && fromText is null && toText is null)
        {
            return;
        }

        var from = Durations.Parse(required ? Required(fromText, $"{where}.from") : fromText ?? "0s", $"{where}.from");
        var to = required || toText is not null ? Durations.Parse(Required(toText, $"{where}.to"), $"{where}.to") : horizon;
        ScenarioValues.Window(from, to, horizon, where);
    }
}
