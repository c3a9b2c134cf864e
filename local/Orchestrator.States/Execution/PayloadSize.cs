using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Execution;

/// <summary>
/// Checks the 262,144-byte limit AWS puts on every state input and output (UTF-8 JSON).
/// </summary>
/// <remarks>A cheap upper bound (every string counted as if fully escaped) settles almost every
/// payload without serialising it; only payloads whose bound exceeds the limit are serialised
/// to get the exact size.</remarks>
internal static class PayloadSize
{
    /// <summary>AWS: "The maximum input or result data size … 262,144 bytes".</summary>
    public const int Limit = 262_144;

    public static bool Exceeds(JsonNode? node)
    {
        long bound = 0;
        return !UpperBoundWithin(node, ref bound) && Utf8Bytes(node) > Limit;
    }

    /// <summary>The node's size as compact UTF-8 JSON.</summary>
    public static int Utf8Bytes(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }

        writer.Flush();
        return buffer.WrittenCount;
    }

    private static bool UpperBoundWithin(JsonNode? node, ref long bound)
    {
        switch (node)
        {
            case JsonObject obj:
                bound += 2;
                foreach (var (key, child) in obj)
                {
                    bound += (key.Length * 6L) + 4;
                    if (!UpperBoundWithin(child, ref bound))
                    {
                        return false;
                    }
                }

                break;
            case JsonArray array:
                bound += 2;
                foreach (var child in array)
                {
                    bound += 1;
                    if (!UpperBoundWithin(child, ref bound))
                    {
                        return false;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue(out JsonElement element):
                // A parsed value: its raw UTF-8 text is at hand without decoding it. Written again it
                // is at most six bytes per raw byte (\uXXXX escapes), quotes included.
                bound += (JsonMarshal.GetRawUtf8Value(element).Length * 6L) + 2;
                break;
            case JsonValue value when value.TryGetValue(out string? s):
                bound += (s.Length * 6L) + 2;
                break;
            default:
                bound += 40;
                break;
        }

        return bound <= Limit;
    }
}
