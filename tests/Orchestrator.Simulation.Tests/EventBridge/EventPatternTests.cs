using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.EventBridge;

namespace Orchestrator.Simulation.Tests.EventBridge;

/// <summary>
/// One case per operator; patterns and events are the examples of AWS's "Content filtering in Amazon
/// EventBridge event patterns" (CF) and "Comparison operators for use in event patterns" (OPS) pages,
/// docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-content-based-filtering.html and
/// eb-create-pattern-operators.html, and "Amazon EventBridge event patterns" (EP, eb-event-patterns.html).
/// </summary>
public sealed class EventPatternTests
{
    private static bool Match(string pattern, string evt) => EventPattern.Parse(pattern).Matches(JsonNode.Parse(evt));

    // EP: the EC2 state-change example: source, detail-type and detail.state all must match.
    [Theory]
    [InlineData("""{"source":"aws.ec2","detail-type":"EC2 Instance State-change Notification","detail":{"state":"running"}}""", true)]
    [InlineData("""{"source":"aws.ec2","detail-type":"EC2 Instance State-change Notification","detail":{"state":"stopped"}}""", false)]
    [InlineData("""{"source":"aws.s3","detail-type":"EC2 Instance State-change Notification","detail":{"state":"running"}}""", false)]
    public void Matches_ExactValuesAndNesting_AllFieldsMustMatch(string evt, bool expected) =>
        Assert.Equal(expected, Match(
            """{"source":["aws.ec2"],"detail-type":["EC2 Instance State-change Notification"],"detail":{"state":["running","pending"]}}""", evt));

    // EP: "If the value in the event is an array, then the event pattern matches if the intersection of the pattern array and the event array is non-empty."
    [Theory]
    [InlineData("""{"resources":["arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f","arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f"]}""", true)]
    [InlineData("""{"resources":["arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f"]}""", false)]
    public void Matches_EventArray_AnyElementMatches(string evt, bool expected) =>
        Assert.Equal(expected, Match(
            """{"resources":["arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f","arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f","arn:aws:ec2:us-east-1:444455555555:instance/i-b188560f"]}""", evt));

    // CF "Matching null values and empty strings": null matches null, not an absent field or ""; "" matches "".
    [Theory]
    [InlineData("""{"detail":{"responseElements":null}}""", true)]
    [InlineData("""{"detail":{}}""", false)]
    [InlineData("""{"detail":{"responseElements":""}}""", false)]
    public void Matches_Null_OnlyExplicitNull(string evt, bool expected) =>
        Assert.Equal(expected, Match("""{"detail":{"responseElements":[null]}}""", evt));

    [Fact]
    public void Matches_EmptyString_MatchesEmptyOnly()
    {
        Assert.True(Match("""{"detail":{"eventVersion":[""]}}""", """{"detail":{"eventVersion":""}}"""));
        Assert.False(Match("""{"detail":{"eventVersion":[""]}}""", """{"detail":{"eventVersion":"1.0"}}"""));
    }

    // Numbers and booleans match by value and type: "5" (a string) is not 5.
    [Fact]
    public void Matches_NumbersAndBooleans_ByTypeAndValue()
    {
        Assert.True(Match("""{"n":[300]}""", """{"n":3.0e2}"""));
        Assert.False(Match("""{"n":[5]}""", """{"n":"5"}"""));
        Assert.True(Match("""{"b":[true]}""", """{"b":true}"""));
        Assert.False(Match("""{"b":[true]}""", """{"b":"true"}"""));
    }

    // CF "Prefix matching": time starting with "2017-10-02".
    [Fact]
    public void Matches_Prefix_StartOfString()
    {
        Assert.True(Match("""{"time":[{"prefix":"2017-10-02"}]}""", """{"time":"2017-10-02T18:43:48Z"}"""));
        Assert.False(Match("""{"time":[{"prefix":"2017-10-02"}]}""", """{"time":"2017-10-03T18:43:48Z"}"""));
    }

    // CF "Prefix matching while ignoring case": EventB, EVENTB, eventb.
    [Theory]
    [InlineData("EventBridge", true)]
    [InlineData("EVENTBRIDGE", true)]
    [InlineData("eventbus", true)]
    [InlineData("sns", false)]
    public void Matches_PrefixIgnoreCase_AnyCasing(string service, bool expected) =>
        Assert.Equal(expected, Match("""{"detail":{"service":[{"prefix":{"equals-ignore-case":"EventB"}}]}}""", $$$"""{"detail":{"service":"{{{service}}}"}}"""));

    // CF "Suffix matching": FileName ending with .png; ignore-case variant matches .PNG.
    [Fact]
    public void Matches_Suffix_EndOfString()
    {
        Assert.True(Match("""{"FileName":[{"suffix":".png"}]}""", """{"FileName":"image.png"}"""));
        Assert.False(Match("""{"FileName":[{"suffix":".png"}]}""", """{"FileName":"image.PNG"}"""));
        Assert.True(Match("""{"detail":{"FileName":[{"suffix":{"equals-ignore-case":".png"}}]}}""", """{"detail":{"FileName":"image.PNG"}}"""));
    }

    // OPS "Equals (ignore case)": name is "Alice" regardless of case.
    [Fact]
    public void Matches_EqualsIgnoreCase_AnyCasing()
    {
        Assert.True(Match("""{"name":[{"equals-ignore-case":"alice"}]}""", """{"name":"ALICE"}"""));
        Assert.False(Match("""{"name":[{"equals-ignore-case":"alice"}]}""", """{"name":"alicia"}"""));
    }

    // CF "Anything-but matching": a string, a number, and lists of each.
    [Theory]
    [InlineData("""{"detail":{"state":[{"anything-but":"initializing"}]}}""", """{"detail":{"state":"running"}}""", true)]
    [InlineData("""{"detail":{"state":[{"anything-but":"initializing"}]}}""", """{"detail":{"state":"initializing"}}""", false)]
    [InlineData("""{"detail":{"x-limit":[{"anything-but":123}]}}""", """{"detail":{"x-limit":456}}""", true)]
    [InlineData("""{"detail":{"x-limit":[{"anything-but":123}]}}""", """{"detail":{"x-limit":123}}""", false)]
    [InlineData("""{"detail":{"state":[{"anything-but":["stopped","overloaded"]}]}}""", """{"detail":{"state":"stopped"}}""", false)]
    [InlineData("""{"detail":{"state":[{"anything-but":["stopped","overloaded"]}]}}""", """{"detail":{"state":"running"}}""", true)]
    [InlineData("""{"detail":{"x-limit":[{"anything-but":[100,200,300]}]}}""", """{"detail":{"x-limit":200}}""", false)]
    [InlineData("""{"detail":{"state":[{"anything-but":"initializing"}]}}""", """{"detail":{}}""", false)]
    public void Matches_AnythingBut_ExcludesValues(string pattern, string evt, bool expected) =>
        Assert.Equal(expected, Match(pattern, evt));

    // CF "Anything-but matching" with prefix ("init"), suffix (".txt"), equals-ignore-case and wildcard.
    [Theory]
    [InlineData("""{"detail":{"state":[{"anything-but":{"prefix":"init"}}]}}""", "initializing", false)]
    [InlineData("""{"detail":{"state":[{"anything-but":{"prefix":"init"}}]}}""", "running", true)]
    [InlineData("""{"detail":{"state":[{"anything-but":{"suffix":".txt"}}]}}""", "notes.txt", false)]
    [InlineData("""{"detail":{"state":[{"anything-but":{"suffix":".txt"}}]}}""", "image.png", true)]
    [InlineData("""{"detail":{"state":[{"anything-but":{"equals-ignore-case":["Stopped","OverLoaded"]}}]}}""", "STOPPED", false)]
    [InlineData("""{"detail":{"state":[{"anything-but":{"equals-ignore-case":["Stopped","OverLoaded"]}}]}}""", "running", true)]
    [InlineData("""{"detail":{"state":[{"anything-but":{"wildcard":"*/lib/*"}}]}}""", "/usr/lib/x", false)]
    [InlineData("""{"detail":{"state":[{"anything-but":{"wildcard":"*/lib/*"}}]}}""", "/usr/bin/x", true)]
    public void Matches_AnythingButOperators_ExcludeMatches(string pattern, string state, bool expected) =>
        Assert.Equal(expected, Match(pattern, $$$"""{"detail":{"state":"{{{state}}}"}}"""));

    // CF "Numeric matching": c-count > 0 and <= 5; d-count < 10; x-limit = 3.018e2 (matches 301.8).
    [Theory]
    [InlineData(5, 9, 301.8, true)]
    [InlineData(0, 9, 301.8, false)]
    [InlineData(6, 9, 301.8, false)]
    [InlineData(1, 10, 301.8, false)]
    [InlineData(1, 9, 301.9, false)]
    public void Matches_Numeric_Ranges(double c, double d, double x, bool expected) =>
        Assert.Equal(expected, Match(
            """{"detail":{"c-count":[{"numeric":[">",0,"<=",5]}],"d-count":[{"numeric":["<",10]}],"x-limit":[{"numeric":["=",3.018e2]}]}}""",
            $$$"""{"detail":{"c-count":{{{c}}},"d-count":{{{d}}},"x-limit":{{{x}}}}}"""));

    [Fact]
    public void Matches_NumericOnString_NoMatch() =>
        Assert.False(Match("""{"n":[{"numeric":[">",0]}]}""", """{"n":"5"}"""));

    // CF "Exists matching": state exists / does not exist; exists works on leaf nodes only.
    [Theory]
    [InlineData("""{"detail":{"state":[{"exists":true}]}}""", """{"detail":{"state":"running"}}""", true)]
    [InlineData("""{"detail":{"state":[{"exists":true}]}}""", """{"detail":{}}""", false)]
    [InlineData("""{"detail":{"state":[{"exists":false}]}}""", """{"detail":{}}""", true)]
    [InlineData("""{"detail":{"state":[{"exists":false}]}}""", """{"detail":{"state":"running"}}""", false)]
    [InlineData("""{"detail":{"state":[{"exists":false}]}}""", """{"source":"x"}""", true)]
    [InlineData("""{"detail":[{"exists":true}]}""", """{"detail":{"state":"running"}}""", false)]
    public void Matches_Exists_PresenceOfLeaf(string pattern, string evt, bool expected) =>
        Assert.Equal(expected, Match(pattern, evt));

    // CF "IP address matching": source-ip in 10.0.0.0/24.
    [Theory]
    [InlineData("10.0.0.255", true)]
    [InlineData("10.0.1.1", false)]
    [InlineData("not-an-ip", false)]
    public void Matches_Cidr_AddressInBlock(string ip, bool expected) =>
        Assert.Equal(expected, Match("""{"detail":{"sourceIPAddress":[{"cidr":"10.0.0.0/24"}]}}""", $$$"""{"detail":{"sourceIPAddress":"{{{ip}}}"}}"""));

    // CF "Wildcard matching": EventBusArn "arn:aws:events:us-east-1:*:event-bus/*".
    [Theory]
    [InlineData("arn:aws:events:us-east-1:123456789012:event-bus/default", true)]
    [InlineData("arn:aws:events:us-west-2:123456789012:event-bus/default", false)]
    public void Matches_Wildcard_Glob(string arn, bool expected) =>
        Assert.Equal(expected, Match("""{"EventBusArn":[{"wildcard":"arn:aws:events:us-east-1:*:event-bus/*"}]}""", $$$"""{"EventBusArn":"{{{arn}}}"}"""));

    [Fact]
    public void Matches_WildcardEscapedStar_Literal()
    {
        Assert.True(Match("""{"f":[{"wildcard":"a\\*b"}]}""", """{"f":"a*b"}"""));
        Assert.False(Match("""{"f":[{"wildcard":"a\\*b"}]}""", """{"f":"axb"}"""));
    }

    // CF "Complex example with $or matching" (metricName CPUUtilization/ReadLatency, or namespace AWS/EC2 / AWS/ES), nested under detail here.
    [Theory]
    [InlineData("""{"detail":{"metricName":"CPUUtilization","namespace":"AWS/RDS"}}""", true)]
    [InlineData("""{"detail":{"metricName":"DiskUsage","namespace":"AWS/EC2"}}""", true)]
    [InlineData("""{"detail":{"metricName":"DiskUsage","namespace":"AWS/RDS"}}""", false)]
    public void Matches_Or_AnyAlternative(string evt, bool expected) =>
        Assert.Equal(expected, Match(
            """{"detail":{"$or":[{"metricName":["CPUUtilization","ReadLatency"]},{"namespace":["AWS/EC2","AWS/ES"]}]}}""", evt));

    [Theory]
    [InlineData("""{"source":"aws.ec2"}""", "must be an object or an array")]
    [InlineData("""{"detail":{"n":[{"numeric":[">","x"]}]}}""", "must be a number")]
    [InlineData("""{"detail":{"n":[{"unknown-op":1}]}}""", "unrecognized match type unknown-op")]
    [InlineData("""{"detail":{"$or":[{"a":["x"]}]}}""", "$or must be an array of at least two objects")]
    [InlineData("""{"f":[{"wildcard":"a**b"}]}""", "consecutive wildcard")]
    [InlineData("""{"f":[{"cidr":"10.0.0.300/24"}]}""", "is not a CIDR block")]
    [InlineData("""{"f":[{"exists":"yes"}]}""", "exists must be true or false")]
    [InlineData("""["aws.ec2"]""", "must be a JSON object")]
    [InlineData("""{"a":""", "not valid JSON")]
    public void Parse_Invalid_ThrowsNamingProblem(string pattern, string expected)
    {
        var error = Assert.Throws<InvalidEventPatternException>(() => EventPattern.Parse(pattern));
        Assert.StartsWith("Event pattern is not valid. Reason:", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidNested_NamesPath()
    {
        var error = Assert.Throws<InvalidEventPatternException>(() => EventPattern.Parse("""{"detail":{"state":[{"numeric":["=",1,">",2]}]}}"""));
        Assert.Contains("detail.state[0]", error.Message, StringComparison.Ordinal);
    }
}
