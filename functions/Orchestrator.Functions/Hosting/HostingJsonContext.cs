using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestrator.Functions.Hosting;

/// <summary>Source-generated JSON metadata for the host and the diagnostic functions, so nothing
/// here serializes by reflection (Native AOT cannot).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(RuntimeError))]
[JsonSerializable(typeof(ContextReport))]
internal sealed partial class HostingJsonContext : JsonSerializerContext;
