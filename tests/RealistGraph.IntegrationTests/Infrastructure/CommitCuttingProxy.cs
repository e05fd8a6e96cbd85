using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace RealistGraph.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP proxy in front of Neo4j's HTTP port that forwards every byte both ways, except for one commit of an explicit
/// transaction (<c>POST .../transaction/N/commit</c>) sent after a request whose body contained <c>armedBy</c>: it cuts
/// that commit's connection, either before the commit reaches Neo4j (<see cref="Cut.BeforeCommit"/>: nothing is
/// committed) or once Neo4j has answered it, without passing the answer on (<see cref="Cut.AfterCommit"/>: committed,
/// but the client never hears so). Every later request passes again.
/// </summary>
public sealed partial class CommitCuttingProxy : IAsyncDisposable
{
    public enum Cut
    {
        BeforeCommit,
        AfterCommit,
    }

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly Cut _cut;
    private readonly byte[] _armedBy;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _armed;
    private int _cutsDone;

    public CommitCuttingProxy(Uri target, Cut cut, string armedBy)
    {
        _target = target;
        _cut = cut;
        _armedBy = Encoding.UTF8.GetBytes(armedBy);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>How many commits were cut (0 or 1).</summary>
    public int CommitsCut => Volatile.Read(ref _cutsDone);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var _ = client;
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            var fromClient = client.GetStream();
            var toServer = server.GetStream();
            var dropAnswer = new TaskCompletionSource();
            var upstream = ClientToServerAsync(fromClient, toServer, dropAnswer, client, server);
            var downstream = ServerToClientAsync(toServer, fromClient, dropAnswer.Task, client);
            await Task.WhenAny(upstream, downstream);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A cut, or either side closing: the connection simply ends.
        }
    }

    private async Task ClientToServerAsync(NetworkStream from, NetworkStream to, TaskCompletionSource dropAnswer, TcpClient client, TcpClient server)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            if (chunk.IndexOf(_armedBy) >= 0)
            {
                Interlocked.Exchange(ref _armed, 1);
            }

            if (IsCommit(chunk) && Interlocked.CompareExchange(ref _armed, 2, 1) == 1)
            {
                Interlocked.Increment(ref _cutsDone);
                if (_cut == Cut.BeforeCommit)
                {
                    client.Close(); // the commit never reaches Neo4j
                    server.Close();
                    return;
                }

                dropAnswer.TrySetResult(); // forward it; its answer is swallowed
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }

    private async Task ServerToClientAsync(NetworkStream from, NetworkStream to, Task dropAnswer, TcpClient client)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            if (dropAnswer.IsCompleted)
            {
                client.Close(); // Neo4j has committed and answered; the client hears nothing
                return;
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }

    private static bool IsCommit(ReadOnlySpan<byte> chunk) =>
        CommitLine().IsMatch(Encoding.ASCII.GetString(chunk[..Math.Min(chunk.Length, 200)]));

    [GeneratedRegex(@"^POST \S*/\d+/commit HTTP/")]
    private static partial Regex CommitLine();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
