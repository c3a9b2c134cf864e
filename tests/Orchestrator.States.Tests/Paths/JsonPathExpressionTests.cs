using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Tests.Paths;

public class JsonPathExpressionTests
{
    // AWS Step Functions docs, "Paths": this input and the values $.foo, $.bar and $.car.cdr select.
    private const string AwsPathsInput = """{"foo": 123, "bar": ["a", "b", "c"], "car": {"cdr": true}}""";

    private const string Store = """
        {"store": {"book": [
            {"category": "reference", "author": "Nigel Rees", "title": "Sayings", "price": 8.95},
            {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword", "price": 12.99},
            {"category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553", "price": 8.99},
            {"category": "fiction", "author": "J. R. R. Tolkien", "title": "Rings", "isbn": "0-395", "price": 22.99}
          ],
          "bicycle": {"color": "red", "price": 19.95}},
         "expensive": 10}
        """;

    [Theory]
    [InlineData("$.foo", "123")]
    [InlineData("$.bar", """["a","b","c"]""")]
    [InlineData("$.car.cdr", "true")]
    [InlineData("$", AwsPathsInput)]
    public void TryEvaluate_AwsPathsDocExamples_SelectDocumentedValues(string path, string expected)
    {
        Assert.True(JsonPathExpression.Parse(path).TryEvaluate(JsonNode.Parse(AwsPathsInput), out var result));
        JsonAssert.Equal(expected, result);
    }

    [Theory]
    [InlineData("$['foo']", "123")]
    [InlineData("$[\"foo\"]", "123")]
    [InlineData("$.bar[0]", "\"a\"")]
    [InlineData("$.bar[-1]", "\"c\"")]
    [InlineData("$.bar[-3]", "\"a\"")]
    [InlineData("$['car']['cdr']", "true")]
    [InlineData("$.['car'].cdr", "true")]
    public void TryEvaluate_DefiniteForms_SelectOneNode(string path, string expected)
    {
        var expression = JsonPathExpression.Parse(path);
        Assert.True(expression.IsDefinite);
        Assert.True(expression.TryEvaluate(JsonNode.Parse(AwsPathsInput), out var result));
        JsonAssert.Equal(expected, result);
    }

    [Theory]
    [InlineData("$['a.b']", """{"a.b": 1}""", "1")]
    [InlineData("$['it\\'s']", """{"it's": 2}""", "2")]
    [InlineData("$['a b']['c-d']", """{"a b": {"c-d": 3}}""", "3")]
    [InlineData("$.a-b", """{"a-b": 4}""", "4")]
    [InlineData("$['$']", """{"$": 5}""", "5")]
    [InlineData("$[\"x]y\"]", """{"x]y": 6}""", "6")]
    public void TryEvaluate_QuotedNamesWithSpecialCharacters_SelectMember(string path, string input, string expected)
    {
        Assert.True(JsonPathExpression.Parse(path).TryEvaluate(JsonNode.Parse(input), out var result));
        JsonAssert.Equal(expected, result);
    }

    [Theory]
    [InlineData("$.missing")]
    [InlineData("$.foo.deeper")]
    [InlineData("$.bar[3]")]
    [InlineData("$.bar[-4]")]
    [InlineData("$.car[0]")]
    [InlineData("$.bar.length")]
    public void TryEvaluate_DefinitePathWithNoMatch_ReturnsFalse(string path)
    {
        Assert.False(JsonPathExpression.Parse(path).TryEvaluate(JsonNode.Parse(AwsPathsInput), out _));
    }

    [Theory]
    [InlineData("$.bar.length()")]
    [InlineData("$.bar.sum()")]
    [InlineData("$..bar.length()")]
    public void TryEvaluate_PathFunction_ParsesButMatchesNothing(string path)
    {
        // AWS accepted "$.Jobs.sum()" in a definition and failed at run time with "could not be found" (re:Post QUYiQKP0XfThWEc_ahsMnLOA).
        var expression = JsonPathExpression.Parse(path);
        Assert.Equal(path, expression.Text);
        Assert.False(expression.IsReferencePath);
        var found = expression.TryEvaluate(JsonNode.Parse(AwsPathsInput), out var result);
        Assert.True(!found || result is JsonArray { Count: 0 });
    }

    [Fact]
    public void TryEvaluate_MemberWithNullValue_IsFoundAndNull()
    {
        Assert.True(JsonPathExpression.Parse("$.a").TryEvaluate(JsonNode.Parse("""{"a": null}"""), out var result));
        Assert.Null(result);
    }

    [Theory]
    [InlineData("$.store.book[*].author", """["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"]""")]
    [InlineData("$..author", """["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"]""")]
    [InlineData("$.store.*.color", """["red"]""")]
    [InlineData("$.store..price", """[8.95,12.99,8.99,22.99,19.95]""")]
    [InlineData("$..book[2].title", """["Moby Dick"]""")]
    [InlineData("$..book[-1].title", """["Rings"]""")]
    [InlineData("$..book[0,1].title", """["Sayings","Sword"]""")]
    [InlineData("$..book[:2].title", """["Sayings","Sword"]""")]
    [InlineData("$..book[1:2].title", """["Sword"]""")]
    [InlineData("$..book[-2:].title", """["Moby Dick","Rings"]""")]
    [InlineData("$..book[2:].title", """["Moby Dick","Rings"]""")]
    [InlineData("$..book[1:100].price", """[12.99,8.99,22.99]""")]
    [InlineData("$..book[?(@.isbn)].title", """["Moby Dick","Rings"]""")]
    [InlineData("$.store.book[?(@.price < 10)].title", """["Sayings","Moby Dick"]""")]
    [InlineData("$..book[?(@.price <= $['expensive'])].title", """["Sayings","Moby Dick"]""")]
    [InlineData("$..book[?(@.category == 'fiction' && @.price > 20)].title", """["Rings"]""")]
    [InlineData("$..book[?(@.category == 'reference' || @.price > 20)].title", """["Sayings","Rings"]""")]
    [InlineData("$..book[?(!(@.category == 'fiction'))].title", """["Sayings"]""")]
    [InlineData("$..book[?(@.author =~ /.*melville/i)].title", """["Moby Dick"]""")]
    [InlineData("$..book[?(@.category != 'fiction')].title", """["Sayings"]""")]
    [InlineData("$..book[?(@.nothing == 1)].title", "[]")]
    public void TryEvaluate_IndefinitePaths_ReturnArrayOfMatchesInDocumentOrder(string path, string expected)
    {
        // Expectations follow Goessner's/Jayway's documented results for this store document.
        var expression = JsonPathExpression.Parse(path);
        Assert.False(expression.IsDefinite);
        Assert.True(expression.TryEvaluate(JsonNode.Parse(Store), out var result));
        JsonAssert.Equal(expected, result);
    }

    [Fact]
    public void TryEvaluate_WildcardOnObject_ReturnsMemberValues()
    {
        Assert.True(JsonPathExpression.Parse("$.*").TryEvaluate(JsonNode.Parse("""{"a": 1, "b": [2]}"""), out var result));
        JsonAssert.Equal("[1,[2]]", result);
    }

    [Fact]
    public void TryEvaluate_IndefiniteResult_IsACopyNotTheInputNodes()
    {
        var input = JsonNode.Parse("""{"a": [{"x": 1}]}""");
        JsonPathExpression.Parse("$.a[*]").TryEvaluate(input, out var result);
        ((JsonObject)result![0]!)["x"] = 2;
        Assert.Equal(1, input!["a"]![0]!["x"]!.GetValue<int>());
    }

    [Fact]
    public void TryEvaluate_LeafNameUnion_MergesIntoOneObjectLikeJayway()
    {
        var expression = JsonPathExpression.Parse("$['a','c','missing']");
        Assert.True(expression.IsDefinite);
        Assert.True(expression.TryEvaluate(JsonNode.Parse("""{"a": 1, "b": 2, "c": 3}"""), out var result));
        JsonAssert.Equal("""{"a":1,"c":3}""", result);
    }

    [Fact]
    public void TryEvaluate_FilterOnObject_TestsTheObjectItself()
    {
        Assert.True(JsonPathExpression.Parse("$.o[?(@.x > 1)]").TryEvaluate(JsonNode.Parse("""{"o": {"x": 2}}"""), out var result));
        JsonAssert.Equal("""[{"x":2}]""", result);
    }

    [Theory]
    [InlineData("[?(@.n == 1)]", "[1]")]
    [InlineData("[?(@.n == 1.0)]", "[1]")]
    [InlineData("[?(@.n >= 2)]", "[2,3]")]
    [InlineData("[?(@.n < -1)]", "[]")]
    [InlineData("[?(@.s == \"b\")]", "[2]")]
    [InlineData("[?(@.s > 'a')]", "[2,3]")]
    [InlineData("[?(@.f == true)]", "[3]")]
    [InlineData("[?(@.z == null)]", "[1]")]
    [InlineData("[?(@.n == '1')]", "[1]")]
    [InlineData("[?(@.s == 1)]", "[]")]
    [InlineData("[?(@.n > '0')]", "[]")]
    [InlineData("[?(@.o == @.o)]", "[2]")]
    public void TryEvaluate_FilterComparisons_CompareByJsonType(string filter, string expectedIds)
    {
        // Jayway's ValueNode rules: numbers by value, strings ordinally, a number equals a string that
        // reads as that number (NumberNode.equals), and ordering across types is false.
        const string input = """
            [{"id": 1, "n": 1, "s": "a", "z": null},
             {"id": 2, "n": 2, "s": "b", "o": {"k": [1]}},
             {"id": 3, "n": 3, "s": "c", "f": true}]
            """;
        Assert.True(JsonPathExpression.Parse("$" + filter + ".id").TryEvaluate(JsonNode.Parse(input), out var result));
        JsonAssert.Equal(expectedIds, result);
    }

    [Fact]
    public void Parse_ContextPath_IsMarkedAndEvaluatesAgainstGivenRoot()
    {
        var expression = JsonPathExpression.Parse("$$.Execution.Id");
        Assert.True(expression.IsContextPath);
        Assert.True(expression.TryEvaluate(JsonNode.Parse("""{"Execution": {"Id": "arn:x"}}"""), out var result));
        JsonAssert.Equal("\"arn:x\"", result);
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$$")]
    [InlineData("$.a.b[0]['c d'][?(@.x > 1)]..y[*][1:2][0,1]")]
    public void Text_AnyParsedPath_PrintsBackAsWritten(string path)
    {
        var expression = JsonPathExpression.Parse(path);
        Assert.Equal(path, expression.Text);
        Assert.Equal(path, expression.ToString());
    }

    [Theory]
    [InlineData("$.a", true)]
    [InlineData("$['a'][0]", true)]
    [InlineData("$.a[*]", false)]
    [InlineData("$..a", false)]
    [InlineData("$['a','b']", false)]
    public void IsReferencePath_OnlyNamesAndIndexes_IsTrue(string path, bool expected)
    {
        Assert.Equal(expected, JsonPathExpression.Parse(path).IsReferencePath);
    }

    [Theory]
    [InlineData("", "must start with '$'")]
    [InlineData("a.b", "must start with '$'")]
    [InlineData("$.", "expected a member name")]
    [InlineData("$..", "expected a member name")]
    [InlineData("$.a[", "unterminated '['")]
    [InlineData("$.a[0", "expected ']'")]
    [InlineData("$['a", "unterminated string")]
    [InlineData("$.a.length(", "missing ')' after length(")]
    [InlineData("$.a[(@.length-1)]", "script expressions")]
    [InlineData("$.a[0:4:2]", "slice steps")]
    [InlineData("$.a[?(@.x in [1])]", "not supported")]
    [InlineData("$.a[?(@.x ==)]", "filter")]
    [InlineData("$.a b", "unexpected ' '")]
    [InlineData("$.a[99999999999]", "out of range")]
    [InlineData("$.a[?(@.x =~ /[/)]", "invalid or unsupported regex")]
    [InlineData("$.a[?(@.x =~ /(a)\\1/)]", "invalid or unsupported regex")]
    [InlineData("$.a[?(@.x > 01)]", "'01' is not a number")]
    [InlineData("$.a[?(@.x > -)]", "'-' is not a number")]
    public void Parse_BadSyntax_ThrowsFormatExceptionNamingTheProblem(string path, string fragment)
    {
        var e = Assert.Throws<FormatException>(() => JsonPathExpression.Parse(path));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.Contains($"'{path}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_BadSyntax_ReturnsFalseWithMessage()
    {
        Assert.False(JsonPathExpression.TryParse("nope", out var expression, out var error));
        Assert.Null(expression);
        Assert.Contains("must start with '$'", error, StringComparison.Ordinal);
        Assert.True(JsonPathExpression.TryParse("$.ok", out expression, out error));
        Assert.NotNull(expression);
        Assert.Null(error);
    }
}
