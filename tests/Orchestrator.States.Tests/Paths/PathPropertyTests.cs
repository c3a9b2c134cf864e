using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Orchestrator.States.Intrinsics;
using Orchestrator.States.Paths;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Tests.Paths;

public class PathPropertyTests
{
    /// <summary>Member names including characters that need bracket notation and quote escapes.</summary>
    internal static readonly Gen<string> Name = Gen.Char["abcxyz_-09 .$'"].Array[1, 6].Select(c => new string(c));

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Bool.Select(b => b ? "true" : "false"),
        Gen.Const("null"),
        Gen.Const("1.50"),
        Name.Select(n => JsonSerializer.Serialize(n)));

    /// <summary>Random JSON text up to <paramref name="depth"/> levels of containers.</summary>
    internal static Gen<string> JsonText(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, (IGen<string>)Scalar),
            (1, JsonText(depth - 1).Array[0, 3].Select(items => "[" + string.Join(",", items) + "]")),
            (1, Gen.Select(Name, JsonText(depth - 1)).Array[0, 3].Select(Object)));

    private static readonly Gen<string[]> Names = Name.Array[1, 4];

    [Fact]
    public void ReferencePathApply_ThenEvaluate_ReturnsTheValue()
    {
        Gen.Select(Names, JsonText(2), JsonText(2)).Sample((names, inputText, valueText) =>
        {
            var text = Path(names);
            var value = JsonNode.Parse(valueText);
            var input = JsonNode.Parse(inputText);
            JsonNode? output;
            try
            {
                output = ReferencePath.Parse(text).Apply(input, value);
            }
            catch (StatesException e) when (e.Error == PathErrors.ReferencePathConflict)
            {
                // Only allowed when the input has a non-object where the path must go through.
                output = ReferencePath.Parse(text).Apply(new JsonObject(), value);
                Assert.False(input is JsonObject && IsObjectPath(input, names));
            }

            Assert.True(JsonPathExpression.Parse(text).TryEvaluate(output, out var found));
            Assert.True(JsonNode.DeepEquals(value, found), $"{text}: {found?.ToJsonString()} != {valueText}");
        });
    }

    [Fact]
    public void JsonPathParse_GeneratedPaths_PrintBackAndFindNestedValue()
    {
        Gen.Select(Names, JsonText(1)).Sample((names, valueText) =>
        {
            var text = Path(names);
            var expression = JsonPathExpression.Parse(text);
            Assert.Equal(text, expression.Text);
            Assert.True(expression.IsDefinite);
            JsonNode? document = JsonNode.Parse(valueText);
            for (var i = names.Length - 1; i >= 0; i--)
            {
                document = new JsonObject { [names[i]] = document };
            }

            Assert.True(expression.TryEvaluate(document, out var found));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(valueText), found));
        });
    }

    [Fact]
    public void PayloadTemplateApply_NoDynamicKeys_CopiesTheTemplate()
    {
        JsonText(3).Where(t => !t.Contains(".$\"", StringComparison.Ordinal)).Sample(text =>
        {
            var template = PayloadTemplate.Parse(JsonNode.Parse(text));
            Assert.False(template.UsesContext);
            var output = template.Apply(JsonNode.Parse("{}"), null, new IntrinsicContext(new SeededRandom(1)));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), output));
        });
    }

    [Fact]
    public void PayloadTemplateApply_PathField_ReturnsWhatThePathSelects()
    {
        Gen.Select(Names, JsonText(2)).Sample((names, valueText) =>
        {
            JsonNode? document = JsonNode.Parse(valueText);
            for (var i = names.Length - 1; i >= 0; i--)
            {
                document = new JsonObject { [names[i]] = document };
            }

            var template = PayloadTemplate.Parse(new JsonObject { ["v.$"] = Path(names), ["k"] = 1 });
            var output = template.Apply(document, null, new IntrinsicContext(new SeededRandom(1)));
            Assert.True(JsonNode.DeepEquals(new JsonObject { ["v"] = JsonNode.Parse(valueText), ["k"] = 1 }, output));
        });
    }

    private static string Path(string[] names) =>
        "$" + string.Concat(names.Select(n => n.All(char.IsAsciiLetterOrDigit) ? "." + n : "['" + n.Replace("'", "\\'", StringComparison.Ordinal) + "']"));

    private static string Object(IEnumerable<(string Key, string Value)> members) =>
        "{" + string.Join(",", members.DistinctBy(m => m.Key).Select(m => JsonSerializer.Serialize(m.Key) + ":" + m.Value)) + "}";

    private static bool IsObjectPath(JsonNode input, string[] names)
    {
        var node = input;
        for (var i = 0; i < names.Length - 1; i++)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(names[i], out var child))
            {
                return node is JsonObject;
            }

            if (child is null)
            {
                return true;
            }

            node = child;
        }

        return node is JsonObject;
    }
}
