using System.Text;
using Orchestrator.Functions.Hosting;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>The managed-runtime path: every function in <see cref="HandlerTable"/> is a method the
/// dotnet10 runtime can load from its handler string, and the table's delegate is that method.</summary>
public sealed class ManagedRuntimeTests
{
    public static TheoryData<string> Handlers() => [.. HandlerTable.All.Select(e => e.Handler)];

    [Theory]
    [MemberData(nameof(Handlers))]
    public void Resolve_EveryTableEntry_IsStreamHandlerTheRuntimeCanLoad(string handler)
    {
        var method = ManagedHandler.Resolve(handler);

        var entry = HandlerTable.Find(handler)!;
        Assert.Equal(entry.Name, method.Name);
        Assert.Equal(entry.TypeName, method.DeclaringType!.FullName);
        Assert.True(method.IsPublic);
    }

    [Fact]
    public void HandlerTable_NamesAndHandlerStrings_AreUnique()
    {
        Assert.Equal(HandlerTable.All.Count, HandlerTable.All.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(HandlerTable.All.Count, HandlerTable.All.Select(e => e.Handler).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task InvokeAsync_EchoByReflection_AnswersLikeTheTableDelegate()
    {
        const string Event = """{"alarmName":"work-queue-backlog","state":{"value":"ALARM"}}""";
        var method = ManagedHandler.Resolve("Orchestrator.Functions::Orchestrator.Functions.Hosting.Diagnostics::Echo");

        using var byReflection = await ManagedHandler.InvokeAsync(method, new MemoryStream(Encoding.UTF8.GetBytes(Event)));
        using var byTable = await HandlerTable.Find("Echo")!.InvokeAsync(new MemoryStream(Encoding.UTF8.GetBytes(Event)));

        Assert.Equal(Event, await new StreamReader(byReflection).ReadToEndAsync());
        Assert.Equal(Event, await new StreamReader(byTable).ReadToEndAsync());
    }

    [Fact]
    public async Task InvokeAsync_AsyncHandler_AwaitsTheTask()
    {
        var method = ManagedHandler.Resolve("Orchestrator.Functions::Orchestrator.Functions.Hosting.Diagnostics::Context");

        using var output = await ManagedHandler.InvokeAsync(method, new MemoryStream("{}"u8.ToArray()));

        // Outside the AOT host there is no invocation context: the managed runtime passes none.
        Assert.StartsWith("""{"requestId":null,"deadlineMs":null""", await new StreamReader(output).ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orchestrator.Functions::Echo", "is not Assembly::Type::Method")]
    [InlineData("Orchestrator.Functions::Orchestrator.Functions.Nope::Echo", "no type Orchestrator.Functions.Nope")]
    [InlineData("Orchestrator.Functions::Orchestrator.Functions.Hosting.Diagnostics::Nope", "0 public methods named Nope")]
    [InlineData("Orchestrator.Functions::Orchestrator.Functions.Hosting.HandlerTable::Find", "is not Stream → Stream")]
    public void Resolve_BadHandlerString_SaysWhatIsWrong(string handler, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => ManagedHandler.Resolve(handler));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Echo")]
    [InlineData("Orchestrator.Functions::Orchestrator.Functions.Hosting.Diagnostics::Echo")]
    public void Find_ShortOrFullName_FindsEcho(string handler)
    {
        Assert.Equal("Orchestrator.Functions::Orchestrator.Functions.Hosting.Diagnostics::Echo", HandlerTable.Find(handler)?.Handler);
    }

    [Theory]
    [InlineData("echo")]
    [InlineData("Diagnostics::Echo")]
    [InlineData("")]
    public void Find_UnknownName_ReturnsNull(string handler)
    {
        Assert.Null(HandlerTable.Find(handler));
    }
}
