using System.Text.RegularExpressions;

namespace Orchestrator.Simulation.Scenarios.Reading;

/// <summary>
/// The line each key path of a scenario file was written on (<c>faults.api[0].probability</c> → 14),
/// recorded while binding, so a check made later still names the line.
/// </summary>
public sealed partial class ScenarioLocations
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public void Record(string path, int line) => _lines[path] = line;

    /// <summary>The line of <paramref name="path"/>, or of its nearest written parent.</summary>
    public int? LineOf(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_lines.TryGetValue(p, out var line))
            {
                return line;
            }
        }

        return null;
    }

    /// <summary><paramref name="error"/> with the line of its key (its <see cref="ScenarioException.Key"/>,
    /// else the key path its message starts with) in front, when the file has that key.</summary>
    public ScenarioException Locate(ScenarioException error)
    {
        if (error.Line is not null)
        {
            return error;
        }

        var key = error.Key ?? (LeadingPath().Match(error.Message) is { Success: true } m ? m.Value : null);
        return key is not null && LineOf(key) is { } line ? error.WithLine(line) : error;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(?:\[\d+\]|\.[A-Za-z][A-Za-z0-9]*)*")]
    private static partial Regex LeadingPath();
}
