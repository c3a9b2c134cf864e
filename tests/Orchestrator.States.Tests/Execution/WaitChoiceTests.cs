using Orchestrator.States.Execution;

namespace Orchestrator.States.Tests.Execution;

public class WaitChoiceTests
{
    private static ExecutionResult Choose(string rule, string input) => Run.Definition($$$$"""
        {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{{{{rule}}}}],"Default":"No"},
          "Yes":{"Type":"Pass","Result":"yes","End":true},"No":{"Type":"Pass","Result":"no","End":true}}}
        """, input);

    // Operator semantics from the ASL specification (Choice Rules): a value of the wrong type never matches.
    [Theory]
    [InlineData("""{"Variable":"$.v","StringEquals":"abc","Next":"Yes"}""", """{"v":"abc"}""", "yes")]
    [InlineData("""{"Variable":"$.v","StringEquals":"abc","Next":"Yes"}""", """{"v":1}""", "no")]
    [InlineData("""{"Variable":"$.v","StringLessThan":"b","Next":"Yes"}""", """{"v":"a"}""", "yes")]
    [InlineData("""{"Variable":"$.v","StringGreaterThanEquals":"b","Next":"Yes"}""", """{"v":"b"}""", "yes")]
    [InlineData("""{"Variable":"$.v","StringLessThanEquals":"a","Next":"Yes"}""", """{"v":"b"}""", "no")]
    [InlineData("""{"Variable":"$.v","StringGreaterThan":"a","Next":"Yes"}""", """{"v":"b"}""", "yes")]
    [InlineData("""{"Variable":"$.v","NumericEquals":2,"Next":"Yes"}""", """{"v":2.0}""", "yes")]
    [InlineData("""{"Variable":"$.v","NumericLessThan":2,"Next":"Yes"}""", """{"v":1.5}""", "yes")]
    [InlineData("""{"Variable":"$.v","NumericGreaterThan":2,"Next":"Yes"}""", """{"v":2}""", "no")]
    [InlineData("""{"Variable":"$.v","NumericLessThanEquals":2,"Next":"Yes"}""", """{"v":2}""", "yes")]
    [InlineData("""{"Variable":"$.v","NumericGreaterThanEquals":2,"Next":"Yes"}""", """{"v":"3"}""", "no")]
    [InlineData("""{"Variable":"$.v","BooleanEquals":false,"Next":"Yes"}""", """{"v":false}""", "yes")]
    [InlineData("""{"Variable":"$.v","TimestampEquals":"2026-01-01T00:00:00Z","Next":"Yes"}""", """{"v":"2026-01-01T01:00:00+01:00"}""", "yes")]
    [InlineData("""{"Variable":"$.v","TimestampLessThan":"2026-01-01T00:00:00Z","Next":"Yes"}""", """{"v":"2025-12-31T23:59:59Z"}""", "yes")]
    [InlineData("""{"Variable":"$.v","TimestampGreaterThan":"2026-01-01T00:00:00Z","Next":"Yes"}""", """{"v":"not a time"}""", "no")]
    [InlineData("""{"Variable":"$.v","TimestampLessThanEquals":"2026-01-01T00:00:00Z","Next":"Yes"}""", """{"v":"2026-01-01T00:00:00Z"}""", "yes")]
    [InlineData("""{"Variable":"$.v","TimestampGreaterThanEquals":"2026-01-01T00:00:00Z","Next":"Yes"}""", """{"v":"2026-01-02T00:00:00Z"}""", "yes")]
    [InlineData("""{"Variable":"$.v","NumericLessThanPath":"$.w","Next":"Yes"}""", """{"v":1,"w":2}""", "yes")]
    [InlineData("""{"Variable":"$.v","StringEqualsPath":"$.w","Next":"Yes"}""", """{"v":"x","w":"x"}""", "yes")]
    [InlineData("""{"Variable":"$.v","BooleanEqualsPath":"$.w","Next":"Yes"}""", """{"v":true,"w":false}""", "no")]
    [InlineData("""{"Variable":"$.v","TimestampGreaterThanPath":"$.w","Next":"Yes"}""", """{"v":"2026-01-02T00:00:00Z","w":"2026-01-01T00:00:00Z"}""", "yes")]
    [InlineData("""{"Variable":"$.v","StringMatches":"log-*.txt","Next":"Yes"}""", """{"v":"log-2026.txt"}""", "yes")]
    [InlineData("""{"Variable":"$.v","StringMatches":"*.log","Next":"Yes"}""", """{"v":"a.txt"}""", "no")]
    [InlineData("""{"Variable":"$.v","StringMatches":"a\\*b","Next":"Yes"}""", """{"v":"a*b"}""", "yes")]
    [InlineData("""{"Variable":"$.v","StringMatches":"a\\*b","Next":"Yes"}""", """{"v":"axb"}""", "no")]
    [InlineData("""{"Variable":"$.v","StringMatches":"a*b*c","Next":"Yes"}""", """{"v":"abc"}""", "yes")]
    [InlineData("""{"Variable":"$.v","StringMatches":"a*a","Next":"Yes"}""", """{"v":"a"}""", "no")]
    [InlineData("""{"Variable":"$.v","IsNull":true,"Next":"Yes"}""", """{"v":null}""", "yes")]
    [InlineData("""{"Variable":"$.v","IsPresent":false,"Next":"Yes"}""", """{}""", "yes")]
    [InlineData("""{"Variable":"$.v","IsPresent":true,"Next":"Yes"}""", """{"v":null}""", "yes")]
    [InlineData("""{"Variable":"$.v","IsNumeric":true,"Next":"Yes"}""", """{"v":"1"}""", "no")]
    [InlineData("""{"Variable":"$.v","IsString":true,"Next":"Yes"}""", """{"v":"1"}""", "yes")]
    [InlineData("""{"Variable":"$.v","IsBoolean":false,"Next":"Yes"}""", """{"v":0}""", "yes")]
    [InlineData("""{"Variable":"$.v","IsTimestamp":true,"Next":"Yes"}""", """{"v":"2026-03-14T01:59:00Z"}""", "yes")]
    [InlineData("""{"And":[{"Variable":"$.a","NumericGreaterThan":1},{"Variable":"$.b","StringEquals":"x"}],"Next":"Yes"}""", """{"a":2,"b":"x"}""", "yes")]
    [InlineData("""{"Or":[{"Variable":"$.a","NumericGreaterThan":5},{"Variable":"$.b","StringEquals":"y"}],"Next":"Yes"}""", """{"a":2,"b":"x"}""", "no")]
    [InlineData("""{"Not":{"Variable":"$.a","IsPresent":true},"Next":"Yes"}""", """{"b":1}""", "yes")]
    [InlineData("""{"Variable":"$$.State.Name","StringEquals":"C","Next":"Yes"}""", """{}""", "yes")]
    public void Run_ChoiceRule_Evaluates(string rule, string input, string expected) =>
        Assert.Equal($"\"{expected}\"", Run.Json(Choose(rule, input).Output));

    [Fact]
    public void Run_ChoiceVariableMissing_RuntimeError()
    {
        // AWS console text: "Invalid path '$.jobs[0].done': The choice state's condition path references an invalid value."
        var result = Choose("""{"Variable":"$.missing","StringEquals":"a","Next":"Yes"}""", "{}");
        Assert.Equal("States.Runtime", result.Error);
        Assert.EndsWith("Invalid path '$.missing': The choice state's condition path references an invalid value.", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoRuleNoDefault_NoChoiceMatched()
    {
        var result = Run.Definition("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.v","IsNull":true,"Next":"Y"}]},"Y":{"Type":"Succeed"}}}
            """, """{"v":1}""");
        Assert.Equal("States.NoChoiceMatched", result.Error);
    }

    [Fact]
    public void Run_ChoiceOutputPath_AppliedToEffectiveInput()
    {
        var result = Run.Definition("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","InputPath":"$.a","OutputPath":"$.b","Choices":[{"Variable":"$.b","IsPresent":true,"Next":"Y"}]},"Y":{"Type":"Succeed"}}}
            """, """{"a":{"b":7}}""");
        Assert.Equal("7", Run.Json(result.Output));
    }

    [Theory]
    [InlineData("""
        "Seconds":90
        """, "{}", 90)]
    [InlineData("""
        "SecondsPath":"$.s"
        """, """{"s":15}""", 15)]
    [InlineData("""
        "Timestamp":"2026-01-01T00:10:00Z"
        """, "{}", 600)]
    [InlineData("""
        "TimestampPath":"$.t"
        """, """{"t":"2026-01-01T01:00:00+01:00"}""", 0)]
    public void Run_Wait_WaitsOnVirtualClock(string field, string input, int seconds)
    {
        var result = Run.Definition($$$$"""{"StartAt":"W","States":{"W":{"Type":"Wait",{{{{field.Trim()}}}},"End":true}}}""", input);
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(seconds), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Run_StringMatchesOpenEscape_RuntimeError()
    {
        // ASL spec (StringMatches): "If an open escape backslash \ is found … the interpreter will throw a runtime error".
        var result = Choose("""{"Variable":"$.v","StringMatches":"a\\bc","Next":"Yes"}""", """{"v":"abc"}""");
        Assert.Equal("States.Runtime", result.Error);
    }

    [Fact]
    public void Run_WaitTimestampWithMilliseconds_TruncatedToSeconds()
    {
        // AWS Wait state docs: a timestamp is considered "up to seconds" and milliseconds are truncated.
        var result = Run.Definition("""{"StartAt":"W","States":{"W":{"Type":"Wait","Timestamp":"2026-01-01T00:00:30.900Z","End":true}}}""");
        Assert.Equal(TimeSpan.FromSeconds(30), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Run_WaitSecondsPathNotInteger_RuntimeError()
    {
        var result = Run.Definition("""{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.s","End":true}}}""", """{"s":"soon"}""");
        Assert.Equal("States.Runtime", result.Error);
    }
}
