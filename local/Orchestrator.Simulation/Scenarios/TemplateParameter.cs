using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>One parameter of serverless.template as CloudFormation checks it: its type, default,
/// MinValue/MaxValue, AllowedValues, AllowedPattern and MinLength/MaxLength.</summary>
public sealed record TemplateParameter(
    string Name,
    string Type,
    string? Default,
    double? MinValue,
    double? MaxValue,
    IReadOnlyList<string> AllowedValues,
    string? AllowedPattern,
    int? MinLength,
    int? MaxLength,
    string Description)
{
    public bool IsNumber => Type == "Number";

    public static TemplateParameter From(string name, JsonObject p) => new(
        name,
        p["Type"]?.GetValue<string>() ?? "String",
        p["Default"] is { } d ? Text(d) : null,
        p["MinValue"]?.GetValue<double>(),
        p["MaxValue"]?.GetValue<double>(),
        (p["AllowedValues"] as JsonArray ?? []).Select(v => Text(v!)).ToList(),
        p["AllowedPattern"]?.GetValue<string>(),
        p["MinLength"]?.GetValue<int>(),
        p["MaxLength"]?.GetValue<int>(),
        p["Description"]?.GetValue<string>() ?? "");

    /// <summary>Null when CloudFormation would accept <paramref name="value"/> for this parameter, else why not.</summary>
    public string? Problem(string value)
    {
        if (IsNumber)
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
            {
                return $"'{value}' is not a number (the template's {Name} is a Number).";
            }

            if (n < MinValue || n > MaxValue)
            {
                return $"{value} is outside the template's range {Text(MinValue)}..{Text(MaxValue)}.";
            }
        }

        if (AllowedValues.Count > 0 && !AllowedValues.Contains(value, StringComparer.Ordinal))
        {
            return $"'{value}' is not one of the template's AllowedValues ({string.Join(", ", AllowedValues)}).";
        }

        if (AllowedPattern is { } pattern && !Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return $"'{value}' does not match the template's AllowedPattern {pattern}.";
        }

        return value.Length < MinLength || value.Length > MaxLength
            ? $"'{value}' must be {MinLength ?? 0} to {MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "any number of"} characters long."
            : null;
    }

    private static string Text(JsonNode node) => node is JsonValue v && v.TryGetValue<double>(out var n) ? Text(n) : node.ToString();

    private static string Text(double? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
}
