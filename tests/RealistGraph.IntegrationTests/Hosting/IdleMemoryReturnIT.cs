using System.Buffers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Api.Hosting;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Hosting;

/// <summary>
/// The service gives the memory of heavy requests back once it is idle (issue 11), and never while a request is in
/// flight: a request whose body is still arriving holds the return back, however much was allocated meanwhile.
/// </summary>
public sealed class IdleMemoryReturnIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Writes 200 spaces every 100 ms (2,000 bytes/s) until stopped or <paramref name="most"/> are sent; answers how many were.</summary>
    private static async Task<int> TrickleAsync(NetworkStream stream, int most, CancellationToken stop)
    {
        var spaces = Encoding.ASCII.GetBytes(new string(' ', 200));
        var sent = 0;
        try
        {
            while (sent + spaces.Length <= most)
            {
                await Task.Delay(100, stop);
                await stream.WriteAsync(spaces, CancellationToken.None);
                sent += spaces.Length;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        return sent;
    }

    [Fact]
    public async Task Memory_is_returned_only_once_no_request_is_in_flight()
    {
        var idle = Fixture.Services.GetRequiredService<IdleMemoryReturn>();

        // A request whose headers have arrived and whose body has not all arrived: the service is working on it until it
        // ends. The body trickles in (JSON may hold any amount of white space) faster than Kestrel's least body data
        // rate, 240 bytes/s after a 5 s grace, which would otherwise end the request with 408 when the machine is slow.
        var head = Encoding.UTF8.GetBytes("""{"query":"{ __typename }" """);
        var padding = 256 * 1024;
        var address = Fixture.Http.BaseAddress!;
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {head.Length + padding + 1}\r\nConnection: close\r\n\r\n"));
        await stream.WriteAsync(head);
        using var stopTrickle = new CancellationTokenSource();
        var trickled = TrickleAsync(stream, padding, stopTrickle.Token);
        await WaitUntilAsync(() => idle.InFlight > 0, "the request never reached the service");

        var returnsInFlight = idle.Returns;
        AllocateGarbage(2 * IdleMemoryReturn.AllocatedBetweenReturns);
        await Task.Delay(IdleMemoryReturn.IdleFor * 2);
        Assert.Equal(returnsInFlight, idle.Returns);

        await stopTrickle.CancelAsync();
        var sent = await trickled;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(new string(' ', padding - sent) + "}"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        Assert.StartsWith("HTTP/1.1 200", await reader.ReadLineAsync(), StringComparison.Ordinal);

        await WaitUntilAsync(() => idle.Returns > returnsInFlight, "no memory was returned once the service was idle");
    }

    [Fact]
    public async Task Buffers_a_heavy_request_left_in_the_shared_array_pool_are_let_go_while_idle()
    {
        var idle = Fixture.Services.GetRequiredService<IdleMemoryReturn>();
        var pooled = RentAndReturn(64 << 20);
        var returns = idle.Returns;
        AllocateGarbage(2 * IdleMemoryReturn.AllocatedBetweenReturns);
        await WaitUntilAsync(() => idle.Returns > returns, "no memory was returned once the service was idle");
        var trims = idle.PoolTrims;

        // The pool drops a thread's array at the first gen-2 collection 30 s after it saw it; the next one frees it.
        await WaitUntilAsync(() => idle.PoolTrims >= trims + 3, "no collections for the array pools followed the return", TimeSpan.FromSeconds(90));

        Assert.False(pooled.IsAlive, "a 64 MB array returned to ArrayPool<byte>.Shared is still held after the idle collections");
    }

    /// <summary>Rents an array as a large reply's parse does and gives it back: the pool (this thread's slot) keeps it.</summary>
    private static WeakReference RentAndReturn(int length)
    {
        var array = ArrayPool<byte>.Shared.Rent(length);
        ArrayPool<byte>.Shared.Return(array);
        return new WeakReference(array);
    }

    private static void AllocateGarbage(long bytes)
    {
        for (long allocated = 0; allocated < bytes; allocated += 1 << 20)
        {
            GC.KeepAlive(new byte[1 << 20]);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string failure, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? Patience);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(50);
        }
    }
}
