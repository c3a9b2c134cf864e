using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// The array intrinsics (AWS "Intrinsics for arrays"): States.Array, ArrayPartition, ArrayContains,
/// ArrayRange, ArrayGetItem, ArrayLength and ArrayUnique.
/// </summary>
internal static class ArrayFunctions
{
    /// <summary>AWS: "The newly generated array can't contain more than 1000 items."</summary>
    public const int MaxRangeItems = 1000;

    /// <summary>States.Array(v…): a new array of the argument values, in order.</summary>
    public static JsonNode? Array(IntrinsicCall call)
    {
        var array = new JsonArray();
        for (var i = 0; i < call.Count; i++)
        {
            array.Add(call[i]?.DeepClone());
        }

        return array;
    }

    /// <summary>States.ArrayPartition(array, size): chunks of size items, the last one possibly shorter.</summary>
    public static JsonNode? ArrayPartition(IntrinsicCall call)
    {
        var source = call.Array(0);
        var size = call.Integer(1);
        if (size <= 0)
        {
            throw call.Fail($"the chunk size must be a non-zero, positive integer but was {size}");
        }

        var result = new JsonArray();
        JsonArray? chunk = null;
        for (var i = 0; i < source.Count; i++)
        {
            if (i % size == 0)
            {
                chunk = [];
                result.Add(chunk);
            }

            chunk!.Add(source[i]?.DeepClone());
        }

        return result;
    }

    /// <summary>States.ArrayContains(array, value): whether some element equals the value.</summary>
    public static JsonNode? ArrayContains(IntrinsicCall call)
    {
        var source = call.Array(0);
        var value = call[1];
        foreach (var item in source)
        {
            if (JsonValues.DeepEquals(item, value))
            {
                return JsonValue.Create(true);
            }
        }

        return JsonValue.Create(false);
    }

    /// <summary>
    /// States.ArrayRange(first, last, step): first, first+step, … up to and including last. AWS asks
    /// for "a non-zero value for the third argument", so a negative step counts down; a range that
    /// never reaches last (wrong sign) is empty.
    /// </summary>
    public static JsonNode? ArrayRange(IntrinsicCall call)
    {
        long first = call.Integer(0);
        long last = call.Integer(1);
        long step = call.Integer(2);
        if (step == 0)
        {
            throw call.Fail("the step (argument 3) must be a non-zero integer");
        }

        var distance = last - first;
        var count = distance == 0 ? 1 : Math.Sign(distance) != Math.Sign(step) ? 0 : (distance / step) + 1;
        if (count > MaxRangeItems)
        {
            throw call.Fail($"the range has {count} items but an array can hold at most {MaxRangeItems}");
        }

        var array = new JsonArray();
        for (var i = 0L; i < count; i++)
        {
            array.Add(JsonValue.Create(first + (i * step)));
        }

        return array;
    }

    /// <summary>States.ArrayGetItem(array, index): the element at a zero-based index.</summary>
    public static JsonNode? ArrayGetItem(IntrinsicCall call)
    {
        var source = call.Array(0);
        var index = call.Integer(1);
        if (index < 0 || index >= source.Count)
        {
            throw call.Fail($"the index {index} is out of bounds for an array of {source.Count} items");
        }

        return source[index];
    }

    /// <summary>States.ArrayLength(array): the number of elements.</summary>
    public static JsonNode? ArrayLength(IntrinsicCall call) => JsonValue.Create(call.Array(0).Count);

    /// <summary>States.ArrayUnique(array): duplicates removed, first occurrences kept in order.</summary>
    public static JsonNode? ArrayUnique(IntrinsicCall call)
    {
        var source = call.Array(0);
        var kept = new List<JsonNode?>(source.Count);
        foreach (var item in source)
        {
            if (!kept.Exists(k => JsonValues.DeepEquals(k, item)))
            {
                kept.Add(item);
            }
        }

        var result = new JsonArray();
        foreach (var item in kept)
        {
            result.Add(item?.DeepClone());
        }

        return result;
    }
}
