using Orchestrator.States.Model;

namespace Orchestrator.States.Tests.Parsing;

public class ChoiceRuleParserTests
{
    private static string Machine(string rule) =>
        $$$$"""{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{{{{rule}}}}],"Default":"D"},"D":{"Type":"Succeed"},"N":{"Type":"Succeed"}}}""";

    private static void AssertErrorAt(string rule, string path)
    {
        Assert.False(StateMachine.TryParse(Machine(rule), out _, out var errors));
        Assert.Contains(errors, e => e.Path == path);
    }

    [Fact]
    public void TryParse_TopLevelRuleWithoutNext_ErrorAtNext() =>
        AssertErrorAt("""{"Variable":"$.a","IsNull":true}""", "$.States.C.Choices[0].Next");

    [Fact]
    public void TryParse_NestedRuleWithNext_ErrorAtNestedNext() =>
        AssertErrorAt("""{"And":[{"Variable":"$.a","IsNull":true,"Next":"N"}],"Next":"N"}""", "$.States.C.Choices[0].And[0].Next");

    [Theory]
    [InlineData("""{"Variable":"$.a","StringEquals":1,"Next":"N"}""", "$.States.C.Choices[0].StringEquals")]
    [InlineData("""{"Variable":"$.a","NumericEquals":"1","Next":"N"}""", "$.States.C.Choices[0].NumericEquals")]
    [InlineData("""{"Variable":"$.a","BooleanEquals":"true","Next":"N"}""", "$.States.C.Choices[0].BooleanEquals")]
    [InlineData("""{"Variable":"$.a","TimestampEquals":"2026-01-01","Next":"N"}""", "$.States.C.Choices[0].TimestampEquals")]
    [InlineData("""{"Variable":"$.a","IsPresent":1,"Next":"N"}""", "$.States.C.Choices[0].IsPresent")]
    [InlineData("""{"Variable":"$.a","NumericEqualsPath":"x","Next":"N"}""", "$.States.C.Choices[0].NumericEqualsPath")]
    [InlineData("""{"Variable":"a","IsNull":true,"Next":"N"}""", "$.States.C.Choices[0].Variable")]
    [InlineData("""{"Variable":"$.a","Equals":1,"Next":"N"}""", "$.States.C.Choices[0].Equals")]
    [InlineData("""{"Variable":"$.a","IsNull":true,"IsString":true,"Next":"N"}""", "$.States.C.Choices[0]")]
    [InlineData("""{"And":[],"Next":"N"}""", "$.States.C.Choices[0].And")]
    [InlineData("""{"Not":{"Variable":"$.a"},"Next":"N"}""", "$.States.C.Choices[0].Not")]
    [InlineData("""{"IsNull":true,"Next":"N"}""", "$.States.C.Choices[0].Variable")]
    [InlineData("""{"Variable":"$.a","IsNull":true,"Next":"Missing"}""", "$.States.C.Choices[0].Next")]
    public void TryParse_BadRule_ErrorAtPath(string rule, string path) => AssertErrorAt(rule, path);

    [Fact]
    public void TryParse_EmptyChoices_ErrorAtChoices()
    {
        Assert.False(StateMachine.TryParse("""{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[],"Default":"D"},"D":{"Type":"Succeed"}}}""", out _, out var errors));
        Assert.Contains(errors, e => e.Path == "$.States.C.Choices");
    }

    [Fact]
    public void TryParse_EveryOperatorAndPathForm_Accepted()
    {
        string[] names = ["StringEquals", "StringLessThan", "StringGreaterThan", "StringLessThanEquals", "StringGreaterThanEquals",
            "NumericEquals", "NumericLessThan", "NumericGreaterThan", "NumericLessThanEquals", "NumericGreaterThanEquals",
            "BooleanEquals", "TimestampEquals", "TimestampLessThan", "TimestampGreaterThan", "TimestampLessThanEquals", "TimestampGreaterThanEquals"];
        var rules = names.Select(n => $$$$"""{"Variable":"$.a","{{{{n}}}}Path":"$.b","Next":"N"}""")
            .Concat(["""{"Variable":"$.a","StringMatches":"a*\\*","Next":"N"}""",
                """{"Or":[{"Variable":"$.a","IsString":true},{"Not":{"Variable":"$.a","IsBoolean":false}}],"Next":"N"}"""]);
        Assert.True(StateMachine.TryParse(Machine(string.Join(",", rules)), out var machine, out var errors), string.Join("; ", errors));
        Assert.Equal(names.Length + 2, ((ChoiceState)machine.Graph.Start).Choices.Count);
    }
}
