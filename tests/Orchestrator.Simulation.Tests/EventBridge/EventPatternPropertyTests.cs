using System.Text.Json.Nodes;
using CsCheck;
using Orchestrator.Simulation.Services.EventBridge;

namespace Orchestrator.Simulation.Tests.EventBridge;

/// <summary>
/// Properties that follow from the documented rules ("Amazon EventBridge event patterns"): a pattern
/// made of an event's own values matches it; the same field with anything-but the value does not;
/// numeric ranges agree with plain comparison.
/// </summary>
public sealed class EventPatternPropertyTests
{
    private static readonly Gen<string> Word = Gen.Char["abcxyz-_.0123"].Array[0, 8].Select(c => new string(c));

    [Fact]
    public void Matches_PatternOfOwnValues_Matches() =>
        Gen.Select(Word, Gen.Int[-1000, 1000], Word).Sample((text, number, other) =>
        {
            var evt = new JsonObject { ["source"] = "app", ["detail"] = new JsonObject { ["s"] = text, ["n"] = number, ["list"] = new JsonArray(other, text) } };
            var pattern = new JsonObject
            {
                ["detail"] = new JsonObject { ["s"] = new JsonArray(text), ["n"] = new JsonArray(number), ["list"] = new JsonArray(text) },
            };
            Assert.True(EventPattern.Parse(pattern.ToJsonString()).Matches(evt));
            var negated = new JsonObject { ["detail"] = new JsonObject { ["s"] = new JsonArray(new JsonObject { ["anything-but"] = text }) } };
            Assert.False(EventPattern.Parse(negated.ToJsonString()).Matches(evt));
        });

    [Fact]
    public void Matches_NumericRange_AgreesWithComparison() =>
        Gen.Select(Gen.Int[-100, 100], Gen.Int[-100, 100], Gen.Int[-100, 100]).Sample((value, low, width) =>
        {
            var high = low + Math.Abs(width) + 1;
            var pattern = $$$"""{"n":[{"numeric":[">=",{{{low}}},"<",{{{high}}}]}]}""";
            var expected = value >= low && value < high;
            Assert.Equal(expected, EventPattern.Parse(pattern).Matches(new JsonObject { ["n"] = value }));
        });
}
