using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>The MD5 digests SQS returns: MD5OfBody / MD5OfMessageBody, and MD5OfMessageAttributes.</summary>
/// <remarks>
/// The attribute digest follows the SQS Developer Guide, "Calculating the MD5 message digest for
/// message attributes": for each attribute sorted by name, the 4-byte big-endian length and UTF-8
/// bytes of the name, then of the data type, one transport byte (1 string/number, 2 binary), then
/// the length and bytes of the value. MD5 is SQS's integrity checksum here, not a security measure.
/// </remarks>
internal static class SqsChecksums
{
    public static string Md5Hex(string text) => Md5Hex(Encoding.UTF8.GetBytes(text));

    public static string? Md5OfAttributes(JsonObject? attributes)
    {
        if (attributes is null || attributes.Count == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        foreach (var (name, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Write(buffer, Encoding.UTF8.GetBytes(name));
            Write(buffer, Encoding.UTF8.GetBytes(value?["DataType"]?.GetValue<string>() ?? string.Empty));
            if (value?["BinaryValue"]?.GetValue<string>() is { } binary)
            {
                buffer.WriteByte(2);
                Write(buffer, Convert.FromBase64String(binary));
            }
            else
            {
                buffer.WriteByte(1);
                Write(buffer, Encoding.UTF8.GetBytes(value?["StringValue"]?.GetValue<string>() ?? string.Empty));
            }
        }

        return Md5Hex(buffer.ToArray());
    }

    private static void Write(MemoryStream buffer, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }

#pragma warning disable CA5351 // MD5 is SQS's wire checksum (MD5OfBody), required for fidelity; no security relies on it.
    private static string Md5Hex(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
#pragma warning restore CA5351
}
