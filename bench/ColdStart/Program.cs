using System.Globalization;
using Orchestrator.Bench.ColdStart;

// Usage: ColdStart <aot bootstrap> <jit bootstrap or bootstrap.dll> [runs] [handler] [event file]
// Alternates AOT and JIT runs so both see the same machine load; one warm-up run each is dropped.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ColdStart <aot bootstrap> <jit bootstrap or bootstrap.dll> [runs=20] [handler=Echo] [event file]");
    return 2;
}

var hosts = new Dictionary<string, string> { ["AOT"] = args[0], ["JIT"] = args[1] };
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var handler = args.Length > 3 ? args[3] : "Echo";
var eventJson = args.Length > 4 ? await File.ReadAllTextAsync(args[4]) : """{"queue":"work","count":3}""";
var results = hosts.Keys.ToDictionary(k => k, _ => new List<ColdStartRun>());
foreach (var (_, host) in hosts)
{
    await ColdStartProbe.MeasureAsync(host, handler, eventJson);
}

for (var i = 0; i < runs; i++)
{
    foreach (var (name, host) in hosts)
    {
        results[name].Add(await ColdStartProbe.MeasureAsync(host, handler, eventJson));
    }
}

Console.WriteLine($"{runs} cold starts each, process start → first /response, handler {handler}");
Console.WriteLine("| build | median ms | p90 ms | min ms | CPU median ms | VmHWM median KiB | VmRSS median KiB |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var (name, list) in results)
{
    var ms = list.Select(r => r.FirstResponseMs).Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Percentile(ms, 0.5):F1} | {Percentile(ms, 0.9):F1} | {ms[0]:F1} | {list.Select(r => r.CpuMs).Order().ElementAt(list.Count / 2):F0} | {Median(list.Select(r => r.VmHwmKib))} | {Median(list.Select(r => r.VmRssKib))} |"));
}

var speedup = Percentile(results["JIT"].Select(r => r.FirstResponseMs).Order().ToList(), 0.5)
    / Percentile(results["AOT"].Select(r => r.FirstResponseMs).Order().ToList(), 0.5);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median speed-up AOT over JIT: {speedup:F1}x"));
return 0;

static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

static long Median(IEnumerable<long> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}
