using System.Text.Json.Nodes;
using Orchestrator.Functions.Tests.Hosting;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// serverless.template as a JSON tree, with the folder its relative paths (CodeUri,
/// DefinitionUri) resolve against. <see cref="With"/> gives a changed copy, so negative tests can
/// break one thing and run the same checks.
/// </summary>
public sealed class StackTemplate
{
    private StackTemplate(JsonObject root, string directory)
    {
        Root = root;
        Directory = directory;
    }

    public JsonObject Root { get; }

    /// <summary>The folder holding the template; relative paths in it start here.</summary>
    public string Directory { get; }

    /// <summary>The repository's serverless.template.</summary>
    public static StackTemplate Repository { get; } = Load(Path.Combine(RepoRoot.Path, "serverless.template"));

    public static StackTemplate Load(string path) =>
        new(JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new InvalidDataException($"{path} is not a JSON object."),
            Path.GetDirectoryName(Path.GetFullPath(path))!);

    /// <summary>A deep copy with <paramref name="change"/> applied; this template is untouched.</summary>
    public StackTemplate With(Action<JsonObject> change)
    {
        var copy = (JsonObject)Root.DeepClone();
        change(copy);
        return new StackTemplate(copy, Directory);
    }

    /// <summary>A top-level section (Parameters, Conditions, Resources, Outputs, Rules, Globals), or empty.</summary>
    public JsonObject Section(string name) => Root[name] as JsonObject ?? [];

    /// <summary>Every resource by logical id.</summary>
    public IEnumerable<(string Id, JsonObject Resource)> Resources =>
        Section("Resources").Select(r => (r.Key, r.Value as JsonObject ?? []));

    /// <summary>The properties of every resource of <paramref name="type"/>.</summary>
    public IEnumerable<(string Id, JsonObject Properties)> ResourcesOfType(string type) =>
        Resources.Where(r => (string?)r.Resource["Type"] == type).Select(r => (r.Id, PropertiesOf(r.Resource)));

    public JsonObject? Resource(string id) => Section("Resources")[id] as JsonObject;

    public static JsonObject PropertiesOf(JsonObject resource) => resource["Properties"] as JsonObject ?? [];

    /// <summary>A function property, falling back to <c>Globals.Function</c> as SAM does.</summary>
    public JsonNode? FunctionProperty(JsonObject properties, string name) =>
        properties[name] ?? (Section("Globals")["Function"] as JsonObject)?[name];
}
