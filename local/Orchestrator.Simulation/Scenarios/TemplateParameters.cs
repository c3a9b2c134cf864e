using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// The Parameters of serverless.template, embedded at build time, so the names, types, ranges and
/// defaults a scenario's <c>stack:</c> takes are the template's own and cannot drift from it.
/// </summary>
public static class TemplateParameters
{
    private static readonly Lazy<IReadOnlyDictionary<string, TemplateParameter>> Parameters = new(Read);

    /// <summary>Every parameter, by name.</summary>
    public static IReadOnlyDictionary<string, TemplateParameter> All => Parameters.Value;

    /// <summary>The parameter named <paramref name="name"/>; throws when the template has none (a
    /// simulation reading a parameter the template lost is a bug, not a user mistake).</summary>
    public static TemplateParameter Get(string name) =>
        All.GetValueOrDefault(name) ?? throw new InvalidOperationException($"serverless.template has no parameter {name}.");

    /// <summary>The template's default of a parameter that has one.</summary>
    public static string Default(string name) =>
        Get(name).Default ?? throw new InvalidOperationException($"serverless.template gives {name} no default.");

    public static int DefaultInt(string name) => int.Parse(Default(name), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static double DefaultNumber(string name) => double.Parse(Default(name), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, TemplateParameter> Read()
    {
        using var stream = typeof(TemplateParameters).Assembly.GetManifestResourceStream("serverless.template")
            ?? throw new InvalidOperationException("serverless.template is not embedded in the simulation.");
        var template = JsonNode.Parse(stream)!.AsObject();
        return template["Parameters"]!.AsObject().ToDictionary(p => p.Key, p => TemplateParameter.From(p.Key, p.Value!.AsObject()), StringComparer.Ordinal);
    }
}
