using System.Text.Json.Serialization;
using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Functions;

/// <summary>
/// JSON metadata for every decision function's input and output. Member names stay PascalCase, as
/// the AWS integrations the state machines call take them, so a function's output can be passed to
/// an <c>aws-sdk:</c> Task unchanged (e.g. DeleteMessageBatch Entries).
/// </summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DrainSettings))]
[JsonSerializable(typeof(DrainStart))]
[JsonSerializable(typeof(DrainReport))]
[JsonSerializable(typeof(LanePlan))]
[JsonSerializable(typeof(BatchPlan))]
[JsonSerializable(typeof(DrainBatch))]
[JsonSerializable(typeof(BatchMessage[]))]
[JsonSerializable(typeof(BatchDecision))]
[JsonSerializable(typeof(CapacityChoice))]
[JsonSerializable(typeof(LaneStats))]
[JsonSerializable(typeof(LaneStats[]))]
public sealed partial class FunctionJson : JsonSerializerContext;
