using System.Text.Json.Serialization;
using Orchestrator.Core.Capacity;

namespace Orchestrator.Functions.Capacity;

/// <summary>
/// JSON metadata for the capacity decision functions' inputs and outputs (source-generated, Native AOT
/// safe). As in <see cref="FunctionJson"/>, member names stay PascalCase and enums are strings, so the
/// state machines pass values straight to the AWS integrations and Choice states compare strings.
/// </summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(CapacitySettings))]
[JsonSerializable(typeof(Interruption))]
[JsonSerializable(typeof(InterruptionStart))]
[JsonSerializable(typeof(ReplacementPlan))]
[JsonSerializable(typeof(CapacityStart))]
[JsonSerializable(typeof(BackfillObservation))]
[JsonSerializable(typeof(BackfillPlan))]
[JsonSerializable(typeof(RetirementPlan))]
public sealed partial class CapacityJson : JsonSerializerContext;
