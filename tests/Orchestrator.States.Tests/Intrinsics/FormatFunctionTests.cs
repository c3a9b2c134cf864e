using Orchestrator.States.Tests.Paths;
using static Orchestrator.States.Tests.Intrinsics.IntrinsicTestKit;

namespace Orchestrator.States.Tests.Intrinsics;

public class FormatFunctionTests
{
    private const string AwsInput = """{"name": "Arnav", "template": "Hello, my name is {}."}""";

    [Theory]
    [InlineData("States.Format('Hello, my name is {}.', $.name)")]
    [InlineData("States.Format($.template, $.name)")]
    public void Format_AwsDocExamples_BothFormsGiveSameText(string call)
    {
        // AWS docs: both calls "result in an output of Hello, my name is Arnav."
        JsonAssert.Text("\"Hello, my name is Arnav.\"", Eval(call, AwsInput));
    }

    [Fact]
    public void Format_EscapedBraces_AreLiteral()
    {
        // AWS docs, "Reserved characters": \{ and \} stand for braces, \' for a quote and \\ for a backslash.
        Assert.Equal("{} it's {x} \\ v", Eval(@"States.Format('\{\} it\'s \{{}\} \\ {}', 'x', 'v')")!.GetValue<string>());
    }

    [Fact]
    public void Format_ValuesOfEveryType_PrintAsText()
    {
        // Arrays and objects print as Step Functions' Java runtime prints them (LocalStack's AWS-validated tests).
        var result = Eval("States.Format('{}|{}|{}|{}|{}|{}', 1, 2.50, true, null, $.a, $.o)", """{"a": [1, "x"], "o": {"k": 1, "s": "t"}}""");
        Assert.Equal("1|2.50|true|null|[1, x]|{k=1, s=t}", result!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"\"", "Formatting arguments fst= and snd=.")]
    [InlineData("\" \"", "Formatting arguments fst=  and snd= .")]
    [InlineData("\"HelloWorld\"", "Formatting arguments fst=HelloWorld and snd=HelloWorld.")]
    [InlineData("null", "Formatting arguments fst=null and snd=null.")]
    [InlineData("1", "Formatting arguments fst=1 and snd=1.")]
    [InlineData("1.1", "Formatting arguments fst=1.1 and snd=1.1.")]
    [InlineData("\"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\"", "Formatting arguments fst={\"Arg1\": 1, \"Arg2\": []} and snd={\"Arg1\": 1, \"Arg2\": []}.")]
    [InlineData("{\"Arg1\": 1, \"Arg2\": []}", "Formatting arguments fst={Arg1=1, Arg2=[]} and snd={Arg1=1, Arg2=[]}.")]
    public void Format_RecordedAwsInputs_GiveRecordedText(string value, string expected)
    {
        // Recorded against AWS: LocalStack tests/aws/services/stepfunctions/v2/intrinsic_functions/
        // test_generic.snapshot.json, test_format_2.
        var input = $$"""{"fst": {{value}}, "snd": {{value}}}""";
        Assert.Equal(expected, Eval("States.Format('Formatting arguments fst={} and snd={}.', $.fst, $.snd)", input)!.GetValue<string>());
    }

    [Fact]
    public void Format_RecordedAwsContextObject_PrintsAsJavaMap()
    {
        // Recorded against AWS (LocalStack test_context_json_path): $$.StateMachine prints as {Id=…, Name=…}.
        var result = EvalWithContext(
            "States.Format('Formatting arguments fst={} and snd={}.', $$.Execution.Id, $$.StateMachine)",
            """{"Execution": {"Id": "arn:e"}, "StateMachine": {"Id": "arn:aws:states:us-east-1:111111111111:stateMachine:sm", "Name": "sm"}}""");
        Assert.Equal("Formatting arguments fst=arn:e and snd={Id=arn:aws:states:us-east-1:111111111111:stateMachine:sm, Name=sm}.", result);
    }

    [Fact]
    public void Format_NoPlaceholders_ReturnsTemplate() =>
        JsonAssert.Text("\"plain\"", Eval("States.Format('plain')"));

    [Fact]
    public void Format_PathTemplateWithWrongValueCount_FailsAtRunTime()
    {
        var e = Fails("States.Format($.template)", AwsInput);
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
        Assert.Contains("1 placeholder(s) but 0 value(s)", e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_LiteralTemplateWithWrongValueCount_FailsAtParse()
    {
        // AWS docs: "There must be as many remaining arguments in the Invocation as there are occurrences of {}."
        var e = Assert.Throws<FormatException>(() => Eval("States.Format('{} and {}', 1)"));
        Assert.Contains("2 placeholder(s) but 1 value(s)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_TemplateNotAString_Fails() =>
        Assert.Contains("argument 1 must be a string", Fails("States.Format($.n)", """{"n": 1}""").Cause, StringComparison.Ordinal);

    [Fact]
    public void Format_OpenEscapeBackslash_IsARuntimeError()
    {
        // AWS docs: "If an open escape backslash \ is found in the intrinsic invocation string, the interpreter will throw a runtime error."
        var e = Fails(@"States.Format('bad \q {}', 1)");
        Assert.Equal(StatesErrorNames.Runtime, e.Error);
        Assert.Contains("open escape backslash", e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_AwsNestedDocExample_NineNestedCalls()
    {
        // AWS docs: the "myArn.$" example with nine nested intrinsic functions. The doc's template has three
        // placeholders for two values, which its own States.Format rule forbids, so two placeholders are used here.
        const string call = "States.Format('{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))";
        var result = Eval(call, """{"ImageRecipe": {"Arn": "arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/recipe/1.2.3"}}""");
        Assert.Equal("1.2", result!.GetValue<string>());
    }
}
