namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>One token of a DynamoDB expression: a name (<c>status</c>, <c>#s</c>), a value placeholder (<c>:v</c>), a number index, or punctuation/operator text.</summary>
/// <param name="Kind">Name, Value, Index, Symbol or End.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Position">Where it starts in the expression, for error messages.</param>
internal sealed record ExpressionToken(ExpressionTokenKind Kind, string Text, int Position);
