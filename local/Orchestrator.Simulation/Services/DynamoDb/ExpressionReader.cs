using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// A cursor over one expression's tokens with the pieces condition and update expressions share:
/// document paths, operands (a path, a <c>:value</c>, or <c>size(path)</c>) and syntax errors worded as
/// DynamoDB words them ("Invalid ConditionExpression: Syntax error; token: …, near: …").
/// </summary>
internal sealed class ExpressionReader
{
    private readonly List<ExpressionToken> _tokens;
    private readonly string _expression;
    private int _next;

    public ExpressionReader(string expression, string parameter, ExpressionContext context)
    {
        _expression = expression;
        Parameter = parameter;
        Context = context;
        _tokens = ExpressionLexer.Tokenize(expression, parameter);
        if (_tokens.Count == 1)
        {
            throw DynamoDbErrors.Validation($"Invalid {parameter}: The expression can not be empty;");
        }
    }

    public string Parameter { get; }

    public ExpressionContext Context { get; }

    public ExpressionToken Peek => _tokens[_next];

    public bool AtEnd => Peek.Kind == ExpressionTokenKind.End;

    public ExpressionToken Take() => _tokens[_next++];

    public bool IsKeyword(string word) => Peek.Kind == ExpressionTokenKind.Name && Peek.Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool TryKeyword(string word)
    {
        if (!IsKeyword(word))
        {
            return false;
        }

        _next++;
        return true;
    }

    public bool TrySymbol(string symbol)
    {
        if (Peek.Kind != ExpressionTokenKind.Symbol || Peek.Text != symbol)
        {
            return false;
        }

        _next++;
        return true;
    }

    public void Expect(string symbol)
    {
        if (!TrySymbol(symbol))
        {
            throw SyntaxError();
        }
    }

    public AwsServiceException SyntaxError(ExpressionToken? at = null)
    {
        var token = at ?? Peek;
        return DynamoDbErrors.Validation($"Invalid {Parameter}: Syntax error; token: \"{token.Text}\", near: \"{ExpressionLexer.Near(_expression, token.Position)}\"");
    }

    public AttributePath Path()
    {
        var first = Take();
        if (first.Kind != ExpressionTokenKind.Name)
        {
            throw SyntaxError(first);
        }

        var segments = new List<object> { AttributeName(first) };
        while (true)
        {
            if (TrySymbol("."))
            {
                var name = Take();
                segments.Add(name.Kind == ExpressionTokenKind.Name ? AttributeName(name) : throw SyntaxError(name));
            }
            else if (TrySymbol("["))
            {
                var index = Take();
                segments.Add(index.Kind == ExpressionTokenKind.Index ? int.Parse(index.Text, CultureInfo.InvariantCulture) : throw SyntaxError(index));
                Expect("]");
            }
            else
            {
                return new AttributePath(segments);
            }
        }
    }

    /// <summary>A name token as an attribute name: a placeholder's value, or the name itself unless it is a reserved word.</summary>
    private string AttributeName(ExpressionToken token) =>
        !token.Text.StartsWith('#') && ReservedWords.Contains(token.Text)
            ? throw DynamoDbErrors.Validation($"Invalid {Parameter}: Attribute name is a reserved keyword; reserved keyword: {token.Text}")
            : Context.Name(token.Text);

    /// <summary>A path, a value placeholder, or <c>size(path)</c>, as a function of the item.</summary>
    public Func<JsonObject?, JsonNode?> Operand()
    {
        if (Peek.Kind == ExpressionTokenKind.Value)
        {
            var value = Context.Value(Take().Text);
            return _ => value;
        }

        if (IsKeyword("size") && _tokens[_next + 1].Text == "(")
        {
            Take();
            Expect("(");
            var path = Path();
            Expect(")");
            return item => Size(path.Get(item));
        }

        var attribute = Path();
        return attribute.Get;
    }

    /// <summary>size(): string length, binary length, or element count (Comparison operator and function reference).</summary>
    private static JsonObject? Size(JsonNode? value)
    {
        var type = AttributeValues.TypeOf(value);
        var inner = type is null ? null : value!.AsObject()[type];
        return type switch
        {
            "S" => AttributeValues.FromNumber(inner!.GetValue<string>().Length),
            "B" => AttributeValues.FromNumber(Convert.FromBase64String(inner!.GetValue<string>()).Length),
            "SS" or "NS" or "BS" or "L" => AttributeValues.FromNumber(inner!.AsArray().Count),
            "M" => AttributeValues.FromNumber(inner!.AsObject().Count),
            _ => null,
        };
    }
}
