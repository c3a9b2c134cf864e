using Orchestrator.States.Tests.Paths;
using static Orchestrator.States.Tests.Intrinsics.IntrinsicTestKit;

namespace Orchestrator.States.Tests.Intrinsics;

public class EncodingFunctionTests
{
    [Fact]
    public void Base64Encode_AwsDocExample_MatchesDocOutput()
    {
        // AWS docs: {"input": "Data to encode"}, States.Base64Encode($.input) → "RGF0YSB0byBlbmNvZGU=".
        JsonAssert.Text("\"RGF0YSB0byBlbmNvZGU=\"", Eval("States.Base64Encode($.input)", """{"input": "Data to encode"}"""));
    }

    [Fact]
    public void Base64Decode_AwsDocExample_MatchesDocOutput()
    {
        // AWS docs: {"base64": "RGF0YSB0byBlbmNvZGU="}, States.Base64Decode($.base64) → "Data to encode".
        JsonAssert.Text("\"Data to encode\"", Eval("States.Base64Decode($.base64)", """{"base64": "RGF0YSB0byBlbmNvZGU="}"""));
    }

    [Fact]
    public void Base64Encode_NonAscii_EncodesUtf8() =>
        JsonAssert.Equal("\"w6k=\"", Eval("States.Base64Encode('é')"));

    [Theory]
    [InlineData("States.Base64Encode($.long)")]
    [InlineData("States.Base64Decode($.long)")]
    [InlineData("States.Hash($.long, 'MD5')")]
    public void Functions_InputOver10000Characters_Fail(string call)
    {
        // AWS docs: input "can contain up to 10,000 characters".
        var input = $$"""{"long": "{{new string('A', 10_001)}}", "ok": "{{new string('A', 10_000)}}"}""";
        var e = Fails(call, input);
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
        Assert.Contains("10001 characters; the limit is 10000", e.Cause, StringComparison.Ordinal);
        Eval(call.Replace("$.long", "$.ok", StringComparison.Ordinal), input);
    }

    [Fact]
    public void Base64Decode_Invalid_Fails() =>
        Assert.Contains("not valid Base64", Fails("States.Base64Decode('***')").Cause, StringComparison.Ordinal);

    [Fact]
    public void Base64Encode_NotAString_Fails() =>
        Assert.Contains("must be a string but was a number", Fails("States.Base64Encode(12)").Cause, StringComparison.Ordinal);

    [Fact]
    public void Hash_AwsDocExample_Sha1()
    {
        // AWS docs: {"Data": "input data", "Algorithm": "SHA-1"} → "aaff4a450a104cd177d28d18d74485e8cae074b7".
        JsonAssert.Text("\"aaff4a450a104cd177d28d18d74485e8cae074b7\"", Eval("States.Hash($.Data, $.Algorithm)", """{"Data": "input data", "Algorithm": "SHA-1"}"""));
    }

    [Theory]
    [InlineData("MD5", "812f45842bc6d66ee14572ce20db8e86")]
    [InlineData("SHA-256", "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3")]
    public void Hash_OtherAlgorithms_LowercaseHex(string algorithm, string expected)
    {
        // Reference digests of "input data" computed with Python's hashlib.
        JsonAssert.Text($"\"{expected}\"", Eval($"States.Hash('input data', '{algorithm}')"));
    }

    [Theory]
    [InlineData("SHA-384", 96)]
    [InlineData("SHA-512", 128)]
    public void Hash_LongAlgorithms_HaveDigestLength(string algorithm, int hexLength)
    {
        Assert.Equal(hexLength, Eval($"States.Hash('x', '{algorithm}')")!.GetValue<string>().Length);
    }

    [Theory]
    [InlineData("{\"a\": 1}", "bb6cb5c68df4652941caf652a366f2d8")]
    [InlineData("42", "a1d0c6e83f027327d8461063f4ac58a6")]
    public void Hash_NonStringData_HashesItsJsonText(string data, string expected)
    {
        // ASL spec, States.Hash: the limit applies to "the stringified version of the first argument", so any value is hashed
        // as its compact JSON text. Digests of '{"a":1}' and '42' computed with Python's hashlib.
        JsonAssert.Text($"\"{expected}\"", Eval("States.Hash($.d, 'MD5')", $$"""{"d": {{data}}}"""));
    }

    [Theory]
    [InlineData("sha-1")]
    [InlineData("SHA1")]
    [InlineData("CRC32")]
    public void Hash_UnknownAlgorithm_Fails(string algorithm)
    {
        var e = Fails($"States.Hash('x', '{algorithm}')");
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
        Assert.Contains("MD5, SHA-1, SHA-256, SHA-384, SHA-512", e.Cause, StringComparison.Ordinal);
    }
}
