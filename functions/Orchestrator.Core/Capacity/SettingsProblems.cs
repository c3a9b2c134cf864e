using System.Globalization;

namespace Orchestrator.Core.Capacity;

/// <summary>
/// Reads the capacity workflows' string settings (the stack passes every value as a string) into typed
/// values, collecting every problem so one failure names all of them.
/// </summary>
internal sealed class SettingsProblems(IReadOnlyDictionary<string, string?> values)
{
    private readonly List<string> _problems = [];

    /// <summary>A non-blank value, or a problem when it is missing.</summary>
    public string Required(string name)
    {
        var value = Optional(name);
        if (value is null)
        {
            _problems.Add($"{name} is required.");
        }

        return value ?? "";
    }

    /// <summary>The trimmed value, or null when absent or blank.</summary>
    public string? Optional(string name) =>
        values.TryGetValue(name, out var raw) && !string.IsNullOrWhiteSpace(raw) ? raw.Trim() : null;

    /// <summary>One of <paramref name="allowed"/> (compared ordinally), or <paramref name="fallback"/> when absent.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        var value = Optional(name) ?? fallback;
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            _problems.Add($"{name} '{value}' is not one of {string.Join(", ", allowed)}.");
        }

        return value;
    }

    /// <summary>A number within [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public double Number(string name, double fallback, double min, double max)
    {
        if (Optional(name) is not { } text)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            _problems.Add($"{name} '{text}' is not a number.");
            return fallback;
        }

        if (value < min || value > max)
        {
            _problems.Add($"{name} {value.ToString(CultureInfo.InvariantCulture)} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public int Whole(string name, int fallback, int min, int max)
    {
        var value = Number(name, fallback, min, max);
        if (value != Math.Floor(value))
        {
            _problems.Add($"{name} {value.ToString(CultureInfo.InvariantCulture)} is not a whole number.");
        }

        return (int)Math.Clamp(value, min, max);
    }

    public void Add(string problem) => _problems.Add(problem);

    /// <summary>Throws <see cref="InvalidInputException"/> listing every problem, if any.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidInputException("Invalid capacity settings: " + string.Join(" ", _problems));
        }
    }
}
