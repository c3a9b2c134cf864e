using Orchestrator.States.Tests.Paths;
using static Orchestrator.States.Tests.Intrinsics.IntrinsicTestKit;

namespace Orchestrator.States.Tests.Intrinsics;

/// <summary>The Appendix B examples of the Amazon States Language spec (states-language.net), input and output as given.</summary>
public class AslSpecExampleTests
{
    [Theory]
    [InlineData(
        "States.Format('Your name is {}, we are in the year {}', $.name, 2020)",
        """{"name": "Foo", "zebra": "stripe"}""",
        "\"Your name is Foo, we are in the year 2020\"")]
    [InlineData(
        "States.StringToJson($.someString)",
        """{"someString": "{\"number\": 20}", "zebra": "stripe"}""",
        """{"number":20}""")]
    [InlineData(
        "States.JsonToString($.someJson)",
        """{"someJson": {"name": "Foo", "year": 2020}, "zebra": "stripe"}""",
        "\"{\\\"name\\\":\\\"Foo\\\",\\\"year\\\":2020}\"")]
    [InlineData(
        "States.Array('Foo', 2020, $.someJson, null)",
        """{"someJson": {"random": "abcdefg"}, "zebra": "stripe"}""",
        """["Foo",2020,{"random":"abcdefg"},null]""")]
    [InlineData(
        "States.JsonMerge($.json1, $.json2, false)",
        """{"json1": {"a": {"a1": 1, "a2": 2}, "b": 2}, "json2": {"a": {"a3": 1, "a4": 2}, "c": 3}}""",
        """{"a":{"a3":1,"a4":2},"b":2,"c":3}""")]
    [InlineData(
        "States.StringSplit($.inputString, $.splitter)",
        """{"inputString": "1,2,3,4,5", "splitter": ","}""",
        """["1","2","3","4","5"]""")]
    public void Evaluate_AslSpecAppendixBExample_GivesSpecOutput(string call, string input, string expected)
    {
        JsonAssert.Text(expected, Eval(call, input));
    }
}
