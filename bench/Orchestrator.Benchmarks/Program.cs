using BenchmarkDotNet.Running;
using Orchestrator.Benchmarks;

if (args is ["figures", ..])
{
    Figures.Run(Console.Out, dayOnly: args is [_, "day"]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
