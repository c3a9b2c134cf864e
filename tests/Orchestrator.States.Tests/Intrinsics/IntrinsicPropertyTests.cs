using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Orchestrator.States.Tests.Paths;
using static Orchestrator.States.Tests.Intrinsics.IntrinsicTestKit;

namespace Orchestrator.States.Tests.Intrinsics;

public class IntrinsicPropertyTests
{
    // Any UTF-16 text without lone surrogates round-trips through UTF-8.
    private static readonly Gen<string> Text = Gen.OneOf(Gen.Char['\u0000', '\uD7FF'], Gen.Char["abc,.;{}'\\"]).Array[0, 200].Select(c => new string(c));

    private static string Input(string name, string value) => new JsonObject { [name] = value }.ToJsonString();

    [Fact]
    public void Base64_EncodeThenDecode_ReturnsOriginal()
    {
        Text.Sample(s =>
        {
            var encoded = Eval("States.Base64Encode($.s)", Input("s", s))!.GetValue<string>();
            Assert.Equal(s, Eval("States.Base64Decode($.e)", Input("e", encoded))!.GetValue<string>());
        });
    }

    [Fact]
    public void JsonToString_ThenStringToJson_ReturnsOriginal()
    {
        PathPropertyTests.JsonText(3).Sample(json =>
        {
            var input = new JsonObject { ["v"] = JsonNode.Parse(json) }.ToJsonString();
            var text = Eval("States.JsonToString($.v)", input)!.GetValue<string>();
            var back = Eval("States.StringToJson($.t)", Input("t", text));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), back), $"{json} -> {text} -> {back?.ToJsonString()}");
        });
    }

    [Fact]
    public void StringSplit_RandomText_PiecesRejoinToInputWithoutDelimiters()
    {
        Gen.Select(Text, Gen.Char[",.;"].Array[1, 3].Select(c => new string(c))).Sample((s, delimiters) =>
        {
            var pieces = Eval("States.StringSplit($.s, $.d)", new JsonObject { ["s"] = s, ["d"] = delimiters }.ToJsonString())!.AsArray()
                .Select(p => p!.GetValue<string>()).ToArray();
            Assert.All(pieces, p => Assert.True(p.Length > 0 && p.IndexOfAny(delimiters.ToCharArray()) < 0));
            Assert.Equal(string.Concat(s.Where(c => !delimiters.Contains(c, StringComparison.Ordinal))), string.Concat(pieces));
        });
    }

    [Fact]
    public void ArrayRange_RandomBounds_MatchesCountingLoop()
    {
        Gen.Select(Gen.Int[-50, 50], Gen.Int[-50, 50], Gen.Int[-7, 7].Where(s => s != 0)).Sample((start, end, step) =>
        {
            var expected = new List<int>();
            for (var v = start; step > 0 ? v <= end : v >= end; v += step)
            {
                expected.Add(v);
            }

            JsonAssert.Text("[" + string.Join(",", expected) + "]", Eval($"States.ArrayRange({start}, {end}, {step})"));
        });
    }

    [Fact]
    public void MathRandom_RandomBounds_StaysInHalfOpenRange()
    {
        Gen.Select(Gen.Int[-1000, 1000], Gen.Int[1, 1000], Gen.Long).Sample((start, width, seed) =>
        {
            var value = Eval($"States.MathRandom({start}, {start + width})", seed: seed)!.GetValue<long>();
            Assert.InRange(value, start, start + width - 1);
        });
    }

    [Fact]
    public void ArrayPartition_RandomArrays_ChunksConcatenateToInput()
    {
        Gen.Select(Gen.Int.Array[0, 30], Gen.Int[1, 8]).Sample((items, size) =>
        {
            var input = JsonSerializer.Serialize(new { a = items });
            var chunks = Eval($"States.ArrayPartition($.a, {size})", input)!.AsArray();
            Assert.All(chunks.Take(chunks.Count - 1), c => Assert.Equal(size, c!.AsArray().Count));
            Assert.Equal(items, chunks.SelectMany(c => c!.AsArray().Select(v => v!.GetValue<int>())));
        });
    }
}
