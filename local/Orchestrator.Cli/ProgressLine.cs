using System.Diagnostics;
using System.Globalization;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Cli;

/// <summary>
/// The live progress line of <c>simulate</c> on a terminal's stderr: simulated time of horizon,
/// messages done of sent, tasks running; redrawn in place (carriage return) at most four times a
/// wall second, and erased when the run ends so the summary starts on a clean line.
/// </summary>
internal sealed class ProgressLine(TextWriter error)
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _lastDrawn = TimeSpan.FromSeconds(-1);
    private int _width;

    public void Report(RunProgress p)
    {
        if (_wall.Elapsed - _lastDrawn < TimeSpan.FromMilliseconds(250) && p.Elapsed < p.Horizon)
        {
            return;
        }

        _lastDrawn = _wall.Elapsed;
        var percent = p.Horizon <= TimeSpan.Zero ? 100 : p.Elapsed / p.Horizon * 100;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"simulating {RunSummaryText.Format(p.Elapsed)} of {RunSummaryText.Format(p.Horizon)} ({percent:0}%)  messages {p.MessagesDone:N0} done of {p.MessagesSent:N0} sent  tasks running {p.TasksRunning}  [{_wall.Elapsed.TotalSeconds:0} s]");
        _width = Math.Max(_width, line.Length);
        error.Write("\r" + line.PadRight(_width));
        error.Flush();
    }

    public void Clear()
    {
        if (_width > 0)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
            error.Flush();
        }
    }
}
