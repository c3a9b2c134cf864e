using BenchmarkDotNet.Running;
using Orchestrator.Benchmarks;

if (args is ["figures", ..])
{
    Figures.Run(Console.Out, dayOnly: args is [_, "day"]);
    return;
}

if (args is ["memory", var file])
{
    MemoryFigures.Run(Console.Out, file);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
