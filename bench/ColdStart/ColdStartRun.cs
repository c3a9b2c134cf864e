namespace Orchestrator.Bench.ColdStart;

/// <summary>One measured cold start: milliseconds from process start to the first POST reaching
/// the Runtime API; the CPU time (user + system, 10 ms ticks) the process had used by then, which
/// other load on the machine disturbs far less than wall time; and its peak and current resident
/// memory in KiB at that moment.</summary>
public sealed record ColdStartRun(double FirstResponseMs, double CpuMs, long VmHwmKib, long VmRssKib);
