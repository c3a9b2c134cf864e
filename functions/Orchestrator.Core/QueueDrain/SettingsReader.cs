using System.Globalization;

namespace Orchestrator.Core.QueueDrain;

/// <summary>Reads string settings into typed values, collecting every problem before failing.</summary>
internal sealed class SettingsReader(IReadOnlyDictionary<string, string?> values)
{
    private readonly List<string> _problems = [];

    public string Required(string name)
    {
        var value = Raw(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(name, "is required.");
            return "";
        }

        return value.Trim();
    }

    public string Text(string name, string fallback) => Raw(name) is { Length: > 0 } value ? value.Trim() : fallback;

    public string OneOf(string name, string fallback, params string[] allowed)
    {
        var value = Text(name, fallback);
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            Problem(name, $"'{value}' is not one of {string.Join(", ", allowed)}.");
        }

        return value;
    }

    /// <summary>A comma-separated list; blanks are dropped.</summary>
    public IReadOnlyList<string> List(string name) =>
        (Raw(name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public int Int(string name, int fallback, int min, int max)
    {
        var raw = Raw(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (!int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Problem(name, $"'{raw}' is not a whole number.");
            return fallback;
        }

        if (value < min || value > max)
        {
            Problem(name, $"{value} is outside {min}..{max}.");
        }

        return value;
    }

    public double Double(string name, double fallback, double min, double max)
    {
        var raw = Raw(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (!double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Problem(name, $"'{raw}' is not a number.");
            return fallback;
        }

        if (value < min || value > max)
        {
            Problem(name, $"{value.ToString(CultureInfo.InvariantCulture)} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    public void Problem(string name, string message) => _problems.Add($"{name} {message}");

    public void ThrowIfProblems()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidInputException("Invalid drain settings: " + string.Join(" ", _problems));
        }
    }

    private string? Raw(string name) => values.TryGetValue(name, out var value) ? value : null;
}
