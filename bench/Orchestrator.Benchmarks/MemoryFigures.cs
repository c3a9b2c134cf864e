using System.Diagnostics;
using System.Globalization;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Benchmarks;

/// <summary>
/// Issue 12's scale figures: one scenario file run to its horizon in this process, reporting wall time,
/// simulated seconds per wall second and the process's peak resident memory (VmHWM). Run each file in
/// its own process, since the peak is the process's:
/// <c>dotnet run -c Release --project bench/Orchestrator.Benchmarks -- memory bench/scenarios/day-100k-faults.yaml</c>.
/// </summary>
public static class MemoryFigures
{
    public static void Run(TextWriter output, string scenarioFile)
    {
        var scenario = ScenarioLoader.Parse(File.ReadAllText(scenarioFile));
        var clock = Stopwatch.StartNew();
        var samples = new List<(double Simulated, long Rss)>();
        var summary = ScenarioRunner.Run(scenario, p =>
        {
            if (p.Elapsed.Ticks % TimeSpan.FromHours(2).Ticks == 0)
            {
                samples.Add((p.Elapsed.TotalHours, Resident("VmRSS")));
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var m = summary.Messages!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scenario.Name}: {seconds:F1} s wall, {scenario.Horizon.TotalSeconds / seconds:N0} simulated seconds per wall second, peak resident {Resident("VmHWM") / 1024.0:N0} MiB; sent {m.Sent:N0}, processed {m.Processed:N0}, dead-lettered {m.DeadLettered:N0}, lost {m.Lost}, still queued {m.StillQueued}; {summary.Executions.Finished + summary.Executions.Running:N0} executions, {summary.Executions.StateTransitions:N0} transitions"));
        output.WriteLine("resident memory over the run (simulated hour: MiB): " + string.Join(", ", samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Simulated:0}h {s.Rss / 1024.0:N0}"))));
    }

    /// <summary>A /proc/self/status field in KiB (Linux), or 0 elsewhere.</summary>
    private static long Resident(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
