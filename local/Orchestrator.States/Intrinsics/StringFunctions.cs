using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Intrinsics;

/// <summary>The string and identifier intrinsics: States.StringSplit and States.UUID.</summary>
internal static class StringFunctions
{
    /// <summary>
    /// States.StringSplit(text, delimiters): the pieces between any of the delimiter characters, empty
    /// pieces dropped. AWS's example splits "This.is+a,test=string" on ".+,=" into five words, so each
    /// character of the second argument is a delimiter of its own.
    /// </summary>
    public static JsonNode? StringSplit(IntrinsicCall call)
    {
        var text = call.String(0);
        var delimiters = call.String(1);
        var result = new JsonArray();
        var parts = delimiters.Length == 0
            ? [text]
            : text.Split(delimiters.ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (part.Length > 0)
            {
                result.Add(JsonValue.Create(part));
            }
        }

        return result;
    }

    /// <summary>
    /// States.UUID(): a version 4 UUID in lowercase 8-4-4-4-12 form, its 122 random bits drawn from
    /// the run's seeded random source so a seed replays the same identifiers.
    /// </summary>
    public static JsonNode? Uuid(IntrinsicCall call)
    {
        var high = call.Context.Random.NextUInt64();
        var low = call.Context.Random.NextUInt64();
        high = (high & 0xFFFFFFFF_FFFF0FFFUL) | 0x0000000000004000UL; // version 4
        low = (low & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL; // variant 10xx
        var hex = high.ToString("x16", CultureInfo.InvariantCulture) + low.ToString("x16", CultureInfo.InvariantCulture);
        return JsonValue.Create($"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}");
    }
}
