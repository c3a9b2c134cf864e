namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>The kinds of <see cref="ExpressionToken"/>.</summary>
internal enum ExpressionTokenKind
{
    Name,
    Value,
    Index,
    Symbol,
    End,
}
