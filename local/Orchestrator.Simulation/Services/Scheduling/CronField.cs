using System.Globalization;

namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>
/// One numeric field of an AWS cron expression as the set of values it allows: <c>*</c>, a value, a
/// range <c>a-b</c>, steps <c>*/n</c>, <c>a/n</c>, <c>a-b/n</c>, and lists of those separated by
/// commas; month and day-of-week values may be names (JAN–DEC, SUN–SAT).
/// </summary>
internal sealed class CronField
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly bool[] _allowed;

    private CronField(string name, int min, int max, bool[] allowed)
    {
        Name = name;
        Min = min;
        Max = max;
        _allowed = allowed;
    }

    public string Name { get; }

    public int Min { get; }

    public int Max { get; }

    public bool Contains(int value) => value >= Min && value <= Max && _allowed[value - Min];

    /// <summary>The smallest allowed value ≥ <paramref name="from"/>, or null.</summary>
    public int? NextFrom(int from)
    {
        for (var v = Math.Max(from, Min); v <= Max; v++)
        {
            if (_allowed[v - Min])
            {
                return v;
            }
        }

        return null;
    }

    public static CronField Parse(string name, string text, int min, int max, string expression)
    {
        var allowed = new bool[max - min + 1];
        foreach (var item in text.Split(','))
        {
            var (rangeText, step, stepped) = SplitStep(name, item, expression);
            int from, to;
            if (rangeText == "*")
            {
                (from, to) = (min, max);
            }
            else if (rangeText.Split('-') is [var a, var b])
            {
                (from, to) = (Value(name, a, min, max, expression), Value(name, b, min, max, expression));
                if (from > to)
                {
                    throw Error(expression, name, $"range '{rangeText}' runs backwards");
                }
            }
            else
            {
                from = Value(name, rangeText, min, max, expression);
                // "a/n" runs from a to the field's end.
                to = stepped ? max : from;
            }

            for (var v = from; v <= to; v += step)
            {
                allowed[v - min] = true;
            }
        }

        return new CronField(name, min, max, allowed);
    }

    public static int Value(string name, string text, int min, int max, string expression)
    {
        var names = name == "Month" ? Months : name == "Day-of-week" ? Days : null;
        var index = names is null ? -1 : Array.IndexOf(names, text.ToUpperInvariant());
        if (index >= 0)
        {
            return index + 1;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            var range = names is null ? $"{min}-{max}" : $"{min}-{max} or {names[0]}-{names[^1]}";
            throw Error(expression, name, $"value '{text}' must be in {range}");
        }

        return value;
    }

    public static FormatException Error(string expression, string field, string reason) =>
        new($"Schedule expression '{expression}' is not valid: {field} field: {reason}.");

    private static (string Range, int Step, bool Stepped) SplitStep(string name, string item, string expression)
    {
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return (item, 1, false);
        }

        var stepText = item[(slash + 1)..];
        return int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step >= 1
            ? (item[..slash], step, true)
            : throw Error(expression, name, $"step '{stepText}' must be a positive whole number");
    }
}
