using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Orchestrator.Functions;

/// <summary>Writes a function's answer with source-generated metadata (Native AOT safe).</summary>
public static class FunctionOutput
{
    public static Stream Write<T>(T value, JsonTypeInfo<T> info)
    {
        var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, value, info);
        stream.Position = 0;
        return stream;
    }
}
