using Orchestrator.States.Tests.Paths;
using static Orchestrator.States.Tests.Intrinsics.IntrinsicTestKit;

namespace Orchestrator.States.Tests.Intrinsics;

public class JsonFunctionTests
{
    [Fact]
    public void StringToJson_AwsDocExample_MatchesDocOutput()
    {
        // AWS docs: {"escapedJsonString": "{\"foo\": \"bar\"}"}, States.StringToJson($.escapedJsonString) → {"foo": "bar"}.
        JsonAssert.Equal("""{"foo": "bar"}""", Eval("States.StringToJson($.escapedJsonString)", """{"escapedJsonString": "{\"foo\": \"bar\"}"}"""));
    }

    [Theory]
    [InlineData("1.50", "1.50")]
    [InlineData("[1, 2]", "[1,2]")]
    [InlineData("null", "null")]
    [InlineData("\\\"s\\\"", "\"s\"")]
    public void StringToJson_AnyJsonText_Parses(string text, string expected)
    {
        JsonAssert.Text(expected, Eval("States.StringToJson($.t)", $$"""{"t": "{{text}}"}"""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void StringToJson_EmptyOrBlank_Null(string text)
    {
        // Recorded on AWS: LocalStack's test_string_to_json snapshot (exec_hist_resp_0 and _1).
        JsonAssert.Text("null", Eval("States.StringToJson($.t)", $$"""{"t": "{{text}}"}"""));
    }

    [Theory]
    [InlineData("{not json")]
    public void StringToJson_InvalidJson_Fails(string text)
    {
        var e = Fails("States.StringToJson($.t)", $$"""{"t": "{{text}}"}""");
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
        Assert.Contains("not valid JSON", e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonToString_AwsDocExample_MatchesDocOutput()
    {
        // AWS docs: {"unescapedJson": {"foo": "bar"}}, States.JsonToString($.unescapedJson) → "{\"foo\":\"bar\"}".
        JsonAssert.Text("\"{\\\"foo\\\":\\\"bar\\\"}\"", Eval("States.JsonToString($.unescapedJson)", """{"unescapedJson": {"foo": "bar"}}"""));
    }

    [Fact]
    public void JsonToString_Numbers_KeepTheirText()
    {
        Assert.Equal("""{"a":1.0,"b":[2]}""", Eval("States.JsonToString($.o)", """{"o": {"a": 1.0, "b": [2]}}""")!.GetValue<string>());
    }

    [Fact]
    public void JsonMerge_AwsDocExample_Shallow()
    {
        // AWS docs: States.JsonMerge($.json1, $.json2, false) → {"a": {"a3": 1, "a4": 2}, "b": 2, "c": 3}.
        JsonAssert.Text(
            """{"a":{"a3":1,"a4":2},"b":2,"c":3}""",
            Eval("States.JsonMerge($.json1, $.json2, false)", """{"json1": {"a": {"a1": 1, "a2": 2}, "b": 2}, "json2": {"a": {"a3": 1, "a4": 2}, "c": 3}}"""));
    }

    [Fact]
    public void JsonMerge_DeepTrue_Fails()
    {
        // AWS docs: "Step Functions only supports the shallow merging mode; therefore, you must specify the boolean value as false."
        var e = Fails("States.JsonMerge($.a, $.b, true)", """{"a": {}, "b": {}}""");
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
        Assert.Contains("must be false", e.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("States.JsonMerge($.a, $.n, false)", "argument 2 must be a JSON object")]
    [InlineData("States.JsonMerge($.n, $.a, false)", "argument 1 must be a JSON object")]
    [InlineData("States.JsonMerge($.a, $.a, 'false')", "argument 3 must be a boolean")]
    public void JsonMerge_WrongTypes_Fail(string call, string fragment)
    {
        Assert.Contains(fragment, Fails(call, """{"a": {}, "n": 1}""").Cause, StringComparison.Ordinal);
    }
}
