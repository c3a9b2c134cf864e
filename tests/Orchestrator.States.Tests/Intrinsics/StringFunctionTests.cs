using System.Text.RegularExpressions;
using Orchestrator.States.Tests.Paths;
using static Orchestrator.States.Tests.Intrinsics.IntrinsicTestKit;

namespace Orchestrator.States.Tests.Intrinsics;

public partial class StringFunctionTests
{
    [Fact]
    public void StringSplit_AwsDocExample_Comma()
    {
        // AWS docs: {"inputString": "1,2,3,4,5", "splitter": ","} → ["1","2","3","4","5"].
        JsonAssert.Text("""["1","2","3","4","5"]""", Eval("States.StringSplit($.inputString, $.splitter)", """{"inputString": "1,2,3,4,5", "splitter": ","}"""));
    }

    [Fact]
    public void StringSplit_AwsDocExample_EachCharacterIsADelimiter()
    {
        // AWS docs: {"inputString": "This.is+a,test=string", "splitter": ".+,="} → ["This","is","a","test","string"].
        JsonAssert.Text(
            """["This","is","a","test","string"]""",
            Eval("States.StringSplit($.inputString, $.splitter)", """{"inputString": "This.is+a,test=string", "splitter": ".+,="}"""));
    }

    [Theory]
    [InlineData("States.StringSplit('a,,b,', ',')", """["a","b"]""")]
    [InlineData("States.StringSplit('', ',')", "[]")]
    [InlineData("States.StringSplit('abc', '')", """["abc"]""")]
    public void StringSplit_EdgeCases_DropEmptyPieces(string call, string expected)
    {
        JsonAssert.Text(expected, Eval(call));
    }

    [Fact]
    public void StringSplit_NotAString_Fails() =>
        Assert.Equal(StatesErrorNames.IntrinsicFailure, Fails("States.StringSplit($.n, ',')", """{"n": 1}""").Error);

    [Fact]
    public void Uuid_NoArguments_IsVersion4Format()
    {
        // AWS docs: States.UUID() returns a version 4 UUID such as "ca4c1140-dcc1-40cd-ad05-7b4aa23df4a8".
        var uuid = Eval("States.UUID()")!.GetValue<string>();
        Assert.Matches(UuidV4(), uuid);
    }

    [Fact]
    public void Uuid_SameSeed_SameValue_DifferentSeed_Different()
    {
        Assert.Equal(Eval("States.UUID()", seed: 3)!.ToJsonString(), Eval("States.UUID()", seed: 3)!.ToJsonString());
        Assert.NotEqual(Eval("States.UUID()", seed: 3)!.ToJsonString(), Eval("States.UUID()", seed: 4)!.ToJsonString());
    }

    [Fact]
    public void Uuid_TwoInOneCall_Differ()
    {
        var pair = Eval("States.Array(States.UUID(), States.UUID())")!.AsArray();
        Assert.NotEqual(pair[0]!.GetValue<string>(), pair[1]!.GetValue<string>());
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidV4();
}
