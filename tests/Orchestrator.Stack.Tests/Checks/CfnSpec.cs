using System.Text.Json;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// The CloudFormation resource specification (<c>../shared/cfn-spec/specification.json</c>,
/// version 117.0.0): resource types with their properties and attributes, and property types,
/// including SAM's <c>AWS::Serverless::*</c>. Loaded once; 10 MB.
/// </summary>
public sealed class CfnSpec
{
    private static readonly Lazy<CfnSpec> Shared = new(() => new CfnSpec(SharedData.File("cfn-spec", "specification.json")));
    private readonly JsonElement _resourceTypes;
    private readonly JsonElement _propertyTypes;

    private CfnSpec(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement.Clone();
        _resourceTypes = root.GetProperty("ResourceTypes");
        _propertyTypes = root.GetProperty("PropertyTypes");
        Version = root.GetProperty("ResourceSpecificationVersion").GetString() ?? "";
    }

    public static CfnSpec Instance => Shared.Value;

    public string Version { get; }

    public bool HasResourceType(string type) => _resourceTypes.TryGetProperty(type, out _);

    /// <summary>The definition of a resource property, if the spec lists it.</summary>
    public JsonElement? ResourceProperty(string type, string property) =>
        _resourceTypes.TryGetProperty(type, out var resource) && resource.TryGetProperty("Properties", out var properties)
            && properties.TryGetProperty(property, out var definition) ? definition : null;

    /// <summary>The properties of a property type named in a resource's spec: first
    /// <c>Resource.Type</c>, then the global name (<c>Tag</c>).</summary>
    public JsonElement? PropertyType(string resourceType, string name) =>
        _propertyTypes.TryGetProperty($"{resourceType}.{name}", out var own) ? own
        : _propertyTypes.TryGetProperty(name, out var global) ? global
        : null;

    /// <summary>Whether <c>Fn::GetAtt</c> may read <paramref name="attribute"/> of <paramref name="type"/>.</summary>
    public bool HasAttribute(string type, string attribute) =>
        _resourceTypes.TryGetProperty(type, out var resource) && resource.TryGetProperty("Attributes", out var attributes)
            && attributes.TryGetProperty(attribute, out _);
}
