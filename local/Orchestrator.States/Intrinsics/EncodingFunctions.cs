using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// The encoding and hash intrinsics (AWS "Intrinsics for data encoding and decoding" and "Intrinsic
/// for hash calculation"): States.Base64Encode, Base64Decode and Hash, each taking strings of at
/// most 10,000 characters.
/// </summary>
internal static class EncodingFunctions
{
    /// <summary>AWS: the input "can contain up to 10,000 characters" (all three functions).</summary>
    public const int MaxInputCharacters = 10_000;

    /// <summary>States.Base64Encode(text): the MIME Base64 of the text's UTF-8 bytes.</summary>
    public static JsonNode? Base64Encode(IntrinsicCall call)
    {
        var text = Limited(call, 0);
        return JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>States.Base64Decode(base64): the UTF-8 text the Base64 string encodes.</summary>
    public static JsonNode? Base64Decode(IntrinsicCall call)
    {
        var text = Limited(call, 0);
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            throw call.Fail("argument 1 is not valid Base64");
        }

        return JsonValue.Create(Encoding.UTF8.GetString(buffer, 0, written));
    }

    /// <summary>
    /// States.Hash(data, algorithm): the lowercase hex digest of the data's UTF-8 bytes with one of
    /// MD5, SHA-1, SHA-256, SHA-384, SHA-512 (AWS's list, names matched exactly). The ASL spec: "The
    /// length of the stringified version of the first argument must be 10,000 characters or less",
    /// so any value is accepted: a string as its text, anything else as its compact JSON.
    /// </summary>
    public static JsonNode? Hash(IntrinsicCall call)
    {
        var data = JsonValues.TryGetString(call[0], out var text) ? text : PathErrors.Json(call[0]);
        if (data.Length > MaxInputCharacters)
        {
            throw call.Fail($"argument 1 has {data.Length} characters; the limit is {MaxInputCharacters}");
        }

        var algorithm = call.String(1);
        var bytes = Encoding.UTF8.GetBytes(data);
#pragma warning disable CA5350, CA5351 // MD5 and SHA-1 are what the States.Hash caller asks for, not our own security choice.
        var digest = algorithm switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => throw call.Fail($"the algorithm '{algorithm}' is not one of MD5, SHA-1, SHA-256, SHA-384, SHA-512"),
        };
#pragma warning restore CA5350, CA5351
        return JsonValue.Create(Convert.ToHexStringLower(digest));
    }

    private static string Limited(IntrinsicCall call, int index)
    {
        var text = call.String(index);
        if (text.Length > MaxInputCharacters)
        {
            throw call.Fail($"argument {index + 1} has {text.Length} characters; the limit is {MaxInputCharacters}");
        }

        return text;
    }
}
