using System.Globalization;
using Orchestrator.Simulation.Workload.Traffic;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Reads a replay CSV: <c>timestamp,count</c> rows, e.g. an export of the queue's
/// NumberOfMessagesSent (Sum, one-minute period). A header line, blank lines and <c>#</c> comments
/// are skipped. Timestamps are ISO 8601 (UTC when no offset is given) or durations from the start
/// (<c>90s</c>); counts are whole numbers ≥ 0 (<c>12.0</c>, as CloudWatch prints sums, is fine).
/// </summary>
/// <remarks>Rows must go forward by at least the period, so each row's messages are sent before the
/// next row's; the first row is placed at <c>at</c>, the others keep their distance to it.</remarks>
internal static class ReplayFile
{
    public static IReadOnlyList<ReplayRow> Read(string path, string shownAs, TimeSpan at, TimeSpan period, TimeSpan horizon, string field)
    {
        if (!File.Exists(path))
        {
            throw ScenarioException.For(field, $"{field}: the file {shownAs} does not exist.");
        }

        var rows = new List<ReplayRow>();
        TimeSpan? first = null;
        var lineNumber = 0;
        var firstContent = true;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var where = $"{field}: {shownAs} line {lineNumber}";
            var isFirst = firstContent;
            firstContent = false;
            var cells = line.Split(',');
            if (cells.Length != 2)
            {
                throw ScenarioException.For(field, $"{where}: a row is timestamp,count, got '{line}'.");
            }

            var countText = cells[1].Trim().Trim('"');
            if (!double.TryParse(countText, NumberStyles.Float, CultureInfo.InvariantCulture, out var count))
            {
                if (isFirst)
                {
                    continue; // the header
                }

                throw ScenarioException.For(field, $"{where}: '{countText}' is not a count.");
            }

            if (count < 0 || count != Math.Floor(count) || count > int.MaxValue)
            {
                throw ScenarioException.For(field, $"{where}: the count must be a whole number ≥ 0, got {countText}.");
            }

            var time = Time(cells[0].Trim().Trim('"'), where);
            first ??= time;
            var offset = at + (time - first.Value);
            if (rows.Count > 0 && offset < rows[^1].Offset + period)
            {
                throw ScenarioException.For(field, $"{where}: rows must go forward by at least the period ({Durations.Format(period)}); this one is {Durations.Format(offset - rows[^1].Offset)} after the previous one.");
            }

            if (offset + period > horizon)
            {
                throw ScenarioException.For(field, $"{where}: this row's messages would arrive until {Durations.Format(offset + period)}, after the horizon ({Durations.Format(horizon)}).");
            }

            rows.Add(new ReplayRow(offset, (int)count));
        }

        return rows.Sum(r => (long)r.Count) > 0 ? rows : throw ScenarioException.For(field, $"{field}: {shownAs} holds no messages to replay.");
    }

    private static TimeSpan Time(string text, string where)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            return TimeSpan.FromTicks(stamp.UtcTicks);
        }

        try
        {
            return Durations.Parse(text, where);
        }
        catch (ScenarioException)
        {
            throw new ScenarioException($"{where}: '{text}' is neither an ISO 8601 timestamp nor a duration from the start.");
        }
    }
}
