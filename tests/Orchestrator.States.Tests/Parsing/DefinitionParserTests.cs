using CsCheck;
using Orchestrator.States.Model;
using Orchestrator.States.Parsing;

namespace Orchestrator.States.Tests.Parsing;

/// <summary>Each kind of invalid definition is reported at the JSON path of the offending node.</summary>
public class DefinitionParserTests
{
    private static IReadOnlyList<DefinitionError> Errors(string json, IReadOnlyDictionary<string, string>? substitutions = null)
    {
        Assert.False(StateMachine.TryParse(json, out var machine, out var errors, substitutions));
        Assert.Null(machine);
        Assert.NotEmpty(errors);
        return errors;
    }

    private static void AssertErrorAt(string json, string path, string? messagePart = null)
    {
        var errors = Errors(json);
        Assert.Contains(errors, e => e.Path == path && (messagePart is null || e.Message.Contains(messagePart, StringComparison.Ordinal)));
    }

    [Fact]
    public void TryParse_MalformedJson_ErrorAtRoot()
    {
        var errors = Errors("""{"StartAt": "A", "States": {""");
        Assert.Equal("$", Assert.Single(errors).Path);
        Assert.Contains("Malformed JSON", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NotAnObject_ErrorAtRoot() => AssertErrorAt("[1]", "$");

    [Fact]
    public void TryParse_MissingStartAt_ErrorAtStartAt() =>
        AssertErrorAt("""{"States":{"A":{"Type":"Succeed"}}}""", "$.StartAt");

    [Fact]
    public void TryParse_StartAtUnknown_ErrorAtStartAt() =>
        AssertErrorAt("""{"StartAt":"B","States":{"A":{"Type":"Succeed"}}}""", "$.StartAt", "MISSING_TRANSITION_TARGET");

    [Fact]
    public void TryParse_UnknownType_ErrorAtType() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Sleep","End":true}}}""", "$.States.A.Type", "Unknown state type 'Sleep'");

    [Fact]
    public void TryParse_UnknownField_ErrorAtField() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Pass","Foo":1,"End":true}}}""", "$.States.A.Foo", "not supported by a Pass state");

    [Theory]
    [InlineData("""{"Type":"Choice","Choices":[{"Variable":"$.a","IsNull":true,"Next":"B"}],"Next":"B"}""", "Next")]
    [InlineData("""{"Type":"Succeed","End":true}""", "End")]
    [InlineData("""{"Type":"Pass","Resource":"arn:aws:lambda:us-east-1:1:function:f","Next":"B"}""", "Resource")]
    [InlineData("""{"Type":"Wait","Seconds":1,"Retry":[],"Next":"B"}""", "Retry")]
    [InlineData("""{"Type":"Fail","InputPath":"$","Error":"E"}""", "InputPath")]
    [InlineData("""{"Type":"Pass","ResultSelector":{},"Next":"B"}""", "ResultSelector")]
    public void TryParse_FieldForbiddenForType_ErrorAtField(string state, string field)
    {
        var json = $$$$"""{"StartAt":"A","States":{"A":{{{{state}}}},"B":{"Type":"Succeed"}}}""";
        AssertErrorAt(json, $"$.States.A.{field}");
    }

    [Fact]
    public void TryParse_NeitherNextNorEnd_ErrorAtNext() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Pass"}}}""", "$.States.A.Next", "either Next or End");

    [Fact]
    public void TryParse_BothNextAndEnd_ErrorAtEnd() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B","End":true},"B":{"Type":"Succeed"}}}""", "$.States.A.End");

    [Fact]
    public void TryParse_NextToMissingState_ErrorAtNext() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Nope"}}}""", "$.States.A.Next", "'Nope'");

    [Fact]
    public void TryParse_CatchNextToMissingState_ErrorAtCatchNext() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Catch":[{"ErrorEquals":["States.ALL"],"Next":"X"}],"End":true}}}""",
            "$.States.A.Catch[0].Next");

    [Fact]
    public void TryParse_UnreachableState_ErrorAtThatState() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Succeed"},"B":{"Type":"Succeed"}}}""", "$.States.B", "UNREACHABLE_STATE");

    [Fact]
    public void TryParse_StatesAllNotAlone_ErrorAtErrorEquals() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Retry":[{"ErrorEquals":["States.ALL","X"]}],"End":true}}}""",
            "$.States.A.Retry[0].ErrorEquals", "States.ALL");

    [Fact]
    public void TryParse_StatesAllNotInLastCatcher_ErrorAtErrorEquals() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Catch":[{"ErrorEquals":["States.ALL"],"Next":"B"},{"ErrorEquals":["X"],"Next":"B"}],"End":true},"B":{"Type":"Succeed"}}}""",
            "$.States.A.Catch[0].ErrorEquals");

    [Theory]
    [InlineData("IntervalSeconds", "0")]
    [InlineData("MaxAttempts", "-1")]
    [InlineData("BackoffRate", "0.5")]
    [InlineData("JitterStrategy", "\"HALF\"")]
    [InlineData("MaxDelaySeconds", "0")]
    public void TryParse_RetrierValueOutOfRange_ErrorAtField(string field, string value) =>
        AssertErrorAt($$$$"""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Retry":[{"ErrorEquals":["X"],"{{{{field}}}}":{{{{value}}}}}],"End":true}}}""",
            $"$.States.A.Retry[0].{field}");

    [Theory]
    [InlineData("InputPath", "\"a.b\"")]
    [InlineData("OutputPath", "\"$.a[\"")]
    [InlineData("ResultPath", "\"$$.a\"")]
    [InlineData("ResultPath", "\"$.a[*]\"")]
    public void TryParse_BadPath_ErrorAtField(string field, string value) =>
        AssertErrorAt($$$$"""{"StartAt":"A","States":{"A":{"Type":"Pass","{{{{field}}}}":{{{{value}}}},"End":true}}}""", $"$.States.A.{field}");

    [Fact]
    public void TryParse_BadParametersPath_ErrorAtParameters() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"a.$":"not a path"},"End":true}}}""", "$.States.A.Parameters");

    [Theory]
    [InlineData("")]
    [InlineData("\"Seconds\":1,\"SecondsPath\":\"$.s\",")]
    [InlineData("\"Timestamp\":\"2026-01-01T00:00:00Z\",\"Seconds\":3,")]
    public void TryParse_WaitWithoutExactlyOneTime_ErrorAtState(string fields) =>
        AssertErrorAt($$$$"""{"StartAt":"W","States":{"W":{"Type":"Wait",{{{{fields}}}}"End":true}}}""", "$.States.W", "exactly one of");

    [Fact]
    public void TryParse_WaitBadTimestamp_ErrorAtTimestamp() =>
        AssertErrorAt("""{"StartAt":"W","States":{"W":{"Type":"Wait","Timestamp":"tomorrow","End":true}}}""", "$.States.W.Timestamp");

    [Fact]
    public void TryParse_NameLongerThan80_ErrorAtName()
    {
        var name = new string('n', 81);
        AssertErrorAt($$$$"""{"StartAt":"{{{{name}}}}","States":{"{{{{name}}}}":{"Type":"Succeed"}}}""", $"$.States.{name}", "1 to 80");
    }

    [Fact]
    public void TryParse_Name80Chars_Accepted()
    {
        var name = new string('n', 80);
        Assert.True(StateMachine.TryParse($$$$"""{"StartAt":"{{{{name}}}}","States":{"{{{{name}}}}":{"Type":"Succeed"}}}""", out _, out _));
    }

    [Fact]
    public void TryParse_DefinitionOver1MB_ErrorAtRoot()
    {
        var padding = new string('x', 1_048_576);
        var errors = Errors($$$$"""{"Comment":"{{{{padding}}}}","StartAt":"A","States":{"A":{"Type":"Succeed"}}}""");
        Assert.Contains("1 MB", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Jsonata_RefusedAsNotSupported() =>
        AssertErrorAt("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Succeed"}}}""", "$.QueryLanguage", "not supported");

    [Fact]
    public void TryParse_JsonPathQueryLanguage_Accepted() =>
        Assert.True(StateMachine.TryParse("""{"QueryLanguage":"JSONPath","StartAt":"A","States":{"A":{"Type":"Succeed"}}}""", out _, out _));

    [Fact]
    public void TryParse_Substitution_ReplacedInsideStrings()
    {
        var machine = StateMachine.Parse(
            """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"${Fn}","Parameters":{"Q":"queue-${Env}-x"},"End":true}}}""",
            new Dictionary<string, string> { ["Fn"] = "arn:aws:lambda:us-east-1:123456789012:function:f", ["Env"] = "prod" });
        var task = Assert.IsType<TaskState>(machine.Graph.States["A"]);
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:f", task.Resource.Arn);
        Assert.Contains("queue-prod-x", machine.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_MissingSubstitution_ErrorAtString()
    {
        var errors = Errors("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"${Fn}","End":true}}}""", new Dictionary<string, string>());
        Assert.Contains(errors, e => e.Path == "$.States.A.Resource" && e.Message.Contains("${Fn}", StringComparison.Ordinal));
    }

    [Fact]
    public void TryParse_PlaceholderWithoutSubstitutionTable_AcceptedAsUnresolvedResource()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"${Fn.Arn}","End":true}}}""");
        Assert.Equal(Orchestrator.States.Integrations.ResourceKind.Unresolved, ((TaskState)machine.Graph.Start).Resource.Kind);
    }

    [Fact]
    public void TryParse_BadResource_ErrorAtResource() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"lambda","End":true}}}""", "$.States.A.Resource", "INVALID_RESOURCE");

    [Fact]
    public void TryParse_SdkSync_Rejected() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sqs:receiveMessage.sync","End":true}}}""", "$.States.A.Resource", ".sync");

    [Fact]
    public void TryParse_HeartbeatNotBelowTimeout_ErrorAtHeartbeat() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","TimeoutSeconds":5,"HeartbeatSeconds":5,"End":true}}}""",
            "$.States.A.HeartbeatSeconds");

    [Fact]
    public void TryParse_DuplicateNameAcrossBranches_Error() =>
        AssertErrorAt("""{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"P","States":{"P":{"Type":"Succeed"}}}],"End":true}}}""",
            "$.States.P.Branches[0].States.P", "DUPLICATE_STATE_NAME");

    [Fact]
    public void TryParse_ErrorInsideBranch_PathGoesThroughBranch() =>
        AssertErrorAt("""{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Pass","Next":"Z"}}}],"End":true}}}""",
            "$.States.P.Branches[0].States.B.Next");

    [Fact]
    public void TryParse_DistributedMapWithoutExecutionType_Error() =>
        AssertErrorAt("""{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"I","States":{"I":{"Type":"Succeed"}}},"End":true}}}""",
            "$.States.M.ItemProcessor.ProcessorConfig.ExecutionType", "STANDARD or EXPRESS");

    [Fact]
    public void TryParse_DistributedMapItemReader_RefusedAsNotSupportedYet() =>
        AssertErrorAt("""{"StartAt":"M","States":{"M":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:getObject","Parameters":{"Bucket":"b","Key":"k"}},"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"I","States":{"I":{"Type":"Succeed"}}},"End":true}}}""",
            "$.States.M.ItemReader", "not supported by this engine yet");

    [Fact]
    public void TryParse_ToleratedFailure_RefusedAsDistributedOnly() =>
        AssertErrorAt("""{"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailurePercentage":10,"Iterator":{"StartAt":"I","States":{"I":{"Type":"Succeed"}}},"End":true}}}""",
            "$.States.M.ToleratedFailurePercentage", "Distributed Map");

    [Fact]
    public void TryParse_MapWithoutProcessor_Error() =>
        AssertErrorAt("""{"StartAt":"M","States":{"M":{"Type":"Map","End":true}}}""", "$.States.M.ItemProcessor");

    [Fact]
    public void TryParse_AssignBadVariableName_RefusedClearly() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"1x":1},"End":true}}}""", "$.States.A.Assign", "'1x' is not a valid variable name");

    [Fact]
    public void TryParse_ResultPathNamingAVariable_RefusedClearly() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Pass","ResultPath":"$x","End":true}}}""", "$.States.A.ResultPath", "cannot name the variable 'x'");

    [Fact]
    public void TryParse_NoTerminalState_Error() =>
        AssertErrorAt("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"A"}}}""", "$.States", "MISSING_END_STATE");

    [Fact]
    public void TryParse_StateNameNeedingQuotes_PathUsesBrackets() =>
        AssertErrorAt("""{"StartAt":"Do it","States":{"Do it":{"Type":"Pass"}}}""", "$.States['Do it'].Next");

    [Fact]
    public void TryParse_SeveralErrors_AllReported()
    {
        var errors = Errors("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"X"},"B":{"Type":"Wait","End":true}}}""");
        Assert.Contains(errors, e => e.Path == "$.States.A.Next");
        Assert.Contains(errors, e => e.Path == "$.States.B");
    }

    [Fact]
    public void Parse_Invalid_ThrowsDefinitionExceptionWithErrors()
    {
        var e = Assert.Throws<DefinitionException>(() => StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass"}}}"""));
        Assert.Contains(e.Errors, error => error.Path == "$.States.A.Next");
        Assert.Contains("$.States.A.Next", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidDefinition_NoErrors() =>
        Assert.Empty(DefinitionValidator.Validate("""{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}"""));

    [Fact]
    public void Validate_InvalidDefinition_SameErrorsAsParser() =>
        Assert.Equal("$.States.A.Type", Assert.Single(DefinitionValidator.Validate("""{"StartAt":"A","States":{"A":{"Type":1}}}""")).Path);

    [Fact]
    public void State_ToString_PrintsItselfBack()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","Result":1,"End":true}}}""");
        Assert.Equal("\"A\": {\"Type\":\"Pass\",\"Result\":1,\"End\":true}", machine.Graph.Start.ToString());
    }

    [Fact]
    public void TryParse_ArbitraryText_NeverThrows()
    {
        Gen.String.Sample(text =>
        {
            StateMachine.TryParse(text, out _, out _);
            StateMachine.TryParse("{\"StartAt\":\"A\",\"States\":{\"A\":" + text + "}}", out _, out _);
        }, iter: 2000);
    }
}
