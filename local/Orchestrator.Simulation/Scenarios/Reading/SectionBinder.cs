using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Orchestrator.Simulation.Scenarios.Reading;

/// <summary>
/// Binds a <see cref="YamlNode"/> tree to the section classes of <see cref="ScenarioFile"/> by
/// reflection, so the classes are the schema: every public settable property is a key (camelCase),
/// and a property added to a section is a valid, type-checked key with no other change.
/// </summary>
/// <remarks>
/// <para>Refused, each with the key path and line: a key the class does not have (with the valid keys,
/// the closest one, or where a key moved — <see cref="MovedKeys"/>), a value of the wrong shape or type
/// (text, whole number, number, true/false, list, mapping). A plain null leaves a key unset.</para>
/// <para>Types understood: string, bool, int, long, double, enums (by name), <c>List&lt;T&gt;</c>,
/// <c>Dictionary&lt;string, T&gt;</c>, and classes with a parameterless constructor
/// (<see cref="ScalarFormAttribute"/> lets a class be written as a plain value).</para>
/// </remarks>
public sealed class SectionBinder(ScenarioLocations locations)
{
    public T Bind<T>(YamlNode node)
        where T : class, new() => (T)Bind(node, typeof(T), "")!;

    /// <summary>The key a property is written as (the camelCase of its name).</summary>
    public static string KeyOf(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    /// <summary>The keys a section class takes, in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> Keys(Type section) =>
        section.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true).ToList();

    private object? Bind(YamlNode node, Type type, string path)
    {
        if (node.IsNull)
        {
            return null;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum)
        {
            return Scalar(node, type, path);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return List(node, type, path);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return Dictionary(node, type, path);
        }

        return Section(node, type, path);
    }

    private object Section(YamlNode node, Type type, string path)
    {
        var section = Activator.CreateInstance(type)!;
        var keys = Keys(type);
        if (node.Kind == YamlNodeKind.Scalar && type.GetCustomAttribute<ScalarFormAttribute>() is { } form)
        {
            var property = type.GetProperty(form.Property)!;
            property.SetValue(section, Scalar(node, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, path));
            return section;
        }

        if (node.Kind != YamlNodeKind.Mapping)
        {
            throw Error(path, node, $"must be a mapping of {string.Join(", ", keys.Select(KeyOf))}, got {node.Describe()}.");
        }

        foreach (var (keyNode, value) in node.Entries)
        {
            var key = keyNode.Text!;
            var child = Child(path, key);
            var property = keys.FirstOrDefault(p => string.Equals(KeyOf(p), key, StringComparison.Ordinal))
                ?? throw Unknown(path, key, keyNode.Line, keys.Select(KeyOf).ToList());
            locations.Record(child, keyNode.Line);
            property.SetValue(section, Bind(value, property.PropertyType, child));
        }

        return section;
    }

    private IList List(YamlNode node, Type type, string path)
    {
        if (node.Kind != YamlNodeKind.Sequence)
        {
            throw Error(path, node, $"must be a list, got {node.Describe()}.");
        }

        var list = (IList)Activator.CreateInstance(type)!;
        var element = type.GetGenericArguments()[0];
        for (var i = 0; i < node.Items.Count; i++)
        {
            var item = node.Items[i];
            var child = $"{path}[{i}]";
            locations.Record(child, item.Line);
            list.Add(Bind(item, element, child) ?? throw Error(child, item, "is empty."));
        }

        return list;
    }

    private IDictionary Dictionary(YamlNode node, Type type, string path)
    {
        if (node.Kind != YamlNodeKind.Mapping)
        {
            throw Error(path, node, $"must be a mapping, got {node.Describe()}.");
        }

        var map = (IDictionary)Activator.CreateInstance(type, StringComparer.Ordinal)!;
        var element = type.GetGenericArguments()[1];
        foreach (var (keyNode, value) in node.Entries)
        {
            var child = Child(path, keyNode.Text!);
            locations.Record(child, keyNode.Line);
            map[keyNode.Text!] = Bind(value, element, child) ?? throw Error(child, value, "is empty.");
        }

        return map;
    }

    private static object Scalar(YamlNode node, Type type, string path)
    {
        if (node.Kind != YamlNodeKind.Scalar)
        {
            throw Error(path, node, $"must be {Expected(type)}, got {node.Describe()}.");
        }

        var text = node.Text!;
        const NumberStyles Integer = NumberStyles.AllowLeadingSign;
        object? value = type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(bool) => text.ToUpperInvariant() switch { "TRUE" => true, "FALSE" => false, _ => null },
            _ when type == typeof(int) => int.TryParse(text, Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ when type == typeof(long) => long.TryParse(text, Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            _ when type == typeof(double) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
            _ when type.IsEnum => Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse(type, name) : null,
            _ => throw new InvalidOperationException($"{path}: the scenario reader cannot read values of {type.Name}; add it to SectionBinder."),
        };
        return value ?? throw Error(path, node, $"must be {Expected(type)}, got {node.Describe()}.");
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(string) => "text",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) => "a number",
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
        _ => "a plain value",
    };

    private static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static ScenarioException Unknown(string path, string key, int line, IReadOnlyList<string> valid)
    {
        var where = Child(path, key);
        var what = path.Length == 0 ? $"'{key}' is not a scenario key." : $"{where} is not a key of {path}.";
        var hint = MovedKeys.Hint(where) is { } moved ? $" {moved}" : ClosestMatch.Hint(key, valid);
        return new ScenarioException($"line {line}: {what}{hint} Valid keys: {string.Join(", ", valid)}.") { Key = where, Line = line };
    }

    private static ScenarioException Error(string path, YamlNode node, string message) =>
        new($"line {node.Line}: {(path.Length == 0 ? "the scenario" : path)} {message}") { Key = path, Line = node.Line };
}
