using System.Diagnostics;
using System.Globalization;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Benchmarks;

/// <summary>
/// Quick figures for the closing notes, measured with a stopwatch after a warm-up:
/// <c>dotnet run -c Release --project bench/Orchestrator.Benchmarks -- figures</c>.
/// </summary>
public static class Figures
{
    public static void Run(TextWriter output, bool dayOnly = false)
    {
        if (dayOnly)
        {
            SimulatedDay(output);
            return;
        }

        Measure(output, "engine: Pass/Choice loop", () => EngineWorkloads.RunLoop(5_000), 40);
        Measure(output, "engine: Map over 1,000 items", () => EngineWorkloads.RunMap(1_000), 40);
        SimulatedDay(output);
    }

    private static void Measure(TextWriter output, string name, Func<long> run, int repeats)
    {
        run();
        var clock = Stopwatch.StartNew();
        var transitions = 0L;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < repeats; i++)
        {
            transitions += run();
        }

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {transitions / clock.Elapsed.TotalSeconds:N0} transitions/s wall, {transitions / cpuSeconds:N0} per CPU-second ({transitions:N0} transitions in {clock.Elapsed.TotalSeconds:F2} s)"));
    }

    /// <summary>Issue 4's figure: 100,000 messages of 30 s tasks spread over a simulated day.</summary>
    private static void SimulatedDay(TextWriter output)
    {
        var scenario = ScenarioLoader.Parse("""
            name: simulated-day
            seed: 1
            horizon: 1d
            stack: {MaxConcurrentTasks: "100", BatchSize: "10", MessagesPerTask: "10", DrainSchedule: rate(5 minutes)}
            workload: {secondsPerBatch: 30, secondsPerMessage: 0}
            traffic: [{burst: {at: 0s, messages: 100000, over: 23h}}]
            triggers: {alarm: true}
            """);
        var clock = Stopwatch.StartNew();
        var summary = ScenarioRunner.Run(scenario);
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"simulation: a day of 100,000 messages (30 s tasks) in {seconds:F1} s wall ({86_400 / seconds:N0} simulated seconds per wall second); processed {summary.Messages!.Processed}, lost {summary.Messages.Lost}"));
    }
}
