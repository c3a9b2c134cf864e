namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>Settings of the simulated DynamoDB.</summary>
/// <param name="Region">Region in table ARNs.</param>
/// <param name="AccountId">Account in table ARNs (AWS's documentation example account by default).</param>
/// <param name="TtlDeletionDelay">
/// How long after its TTL time an expired item is still stored and returned by reads. AWS deletes
/// expired items in the background "typically within a few days" and until then "items that have
/// expired, but haven't yet been deleted by TTL, still appear in reads" (DynamoDB developer guide,
/// "Using time to live"). The default, zero, treats an item as gone the moment it expires: the
/// simplest deterministic model, and the one the workflows are meant to need anyway, because they
/// also check expiry in their condition expressions. Set a delay to test code against AWS's lag.
/// </param>
public sealed record DynamoDbOptions(
    string Region = "us-east-1",
    string AccountId = "123456789012",
    TimeSpan TtlDeletionDelay = default);
