using System.Diagnostics;
using System.Globalization;
using Orchestrator.Functions.Tests.Hosting;

namespace Orchestrator.Bench.ColdStart;

/// <summary>Starts a host process against a fresh fake Runtime API with one event for
/// <c>handler</c>, times it to the first response, reads its CPU time and memory from /proc, then
/// lets it exit.</summary>
public static class ColdStartProbe
{
    public static async Task<ColdStartRun> MeasureAsync(string host, string handler, string eventJson)
    {
        using var api = new FakeRuntimeApi([FakeInvocation.Of("cold-1", eventJson)], holdWhenDone: true);
        var start = host.EndsWith(".dll", StringComparison.Ordinal)
            ? new ProcessStartInfo("dotnet", [host])
            : new ProcessStartInfo(host);
        start.UseShellExecute = false;
        start.RedirectStandardError = true;
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = api.Address;
        start.Environment["_HANDLER"] = handler;

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        var stderr = process.StandardError.ReadToEndAsync();
        await api.FirstPost.WaitAsync(TimeSpan.FromSeconds(30));
        var post = api.Posts[0];
        if (!post.Path.EndsWith("/response", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{host} posted {post.Path}: {post.Body}");
        }

        var (hwm, rss) = ReadMemory(process.Id);
        var cpu = ReadCpuMs(process.Id);
        api.Release();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await stderr;
        return new ColdStartRun(Stopwatch.GetElapsedTime(started, post.Timestamp).TotalMilliseconds, cpu, hwm, rss);
    }

    private static (long Hwm, long Rss) ReadMemory(int pid)
    {
        long hwm = 0, rss = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                hwm = Kib(line);
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kib(line);
            }
        }

        return (hwm, rss);
    }

    /// <summary>utime + stime from /proc/[pid]/stat (fields 14 and 15, in clock ticks of 10 ms on
    /// Linux x86-64). Fields are counted after the ")" that closes the command name.</summary>
    private static double ReadCpuMs(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 10.0;
    }

    private static long Kib(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
