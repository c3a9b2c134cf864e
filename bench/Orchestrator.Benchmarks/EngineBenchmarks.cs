using BenchmarkDotNet.Attributes;

namespace Orchestrator.Benchmarks;

/// <summary>BenchmarkDotNet view of the engine workloads (<c>dotnet run -c Release -- --filter *Engine*</c>).</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    [Benchmark(Description = "Pass/Choice loop, 5,000 rounds (10,001 transitions)")]
    public long PassChoiceLoop() => EngineWorkloads.RunLoop(5_000);

    [Benchmark(Description = "Map over 1,000 items (2,001 transitions)")]
    public long MapOverThousand() => EngineWorkloads.RunMap(1_000);
}
