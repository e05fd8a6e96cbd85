using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using RealistGraph.Application.Access;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Bench;

/// <summary>
/// (f) The service's memory around a large import: <c>RealistGraph.Api</c> started as its own process (its own
/// runtimeconfig, so its GC settings apply), its resident memory (VmRSS of /proc/PID/status) read when it rests after
/// start-up and a first request, when it rests warm (after a small import and read), right after a multipart <c>importStudy</c> of a generated study of
/// <see cref="BenchOptions.MemoryQuotes"/> quotes, after reads of that study, and after an idle minute.
/// </summary>
public sealed class MemoryBenchmark(BenchOptions options, TextWriter output, ApiKeyService keys)
{
    private const string ReadQuery = "query ($id: ID!) { study(id: $id) { themes { id quotes { id text } } } }";

    public async Task RunAsync(string neo4jUrl, string password, string apiFolder, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(apiFolder, "bin", "Release", "net10.0", "RealistGraph.Api.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"build the service first (dotnet build src/RealistGraph.Api -c Release): {dll} is missing");
        }

        var key = await keys.CreateAsync("bench-memory", Role.Editor, cancellationToken);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = apiFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["NEO4J_URL"] = neo4jUrl;
        start.Environment["NEO4J_PASSWORD"] = password;
        start.Environment["Realist__LoadSamples"] = "false";
        start.Environment["Realist__AnonymousRead"] = "true";
        start.Environment["Realist__Limits__ExecutionTimeoutSeconds"] = "600";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        output.WriteLine($"## (f) the service's memory around a {options.MemoryQuotes:N0}-quote import (RealistGraph.Api as its own process)");
        output.WriteLine();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(20) };
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Key);
            await WaitUntilReadyAsync(http, process, cancellationToken);
            await PostAsync(http, "{ studies(first: 1) { totalCount } }", null, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            var rows = new List<string[]> { Row("resting, after start-up and a first request", process) };

            // Warm: the upload, import and read paths jitted and their pools filled by a small study, then rested.
            var small = Encoding.UTF8.GetBytes(StudyDocumentWriter.ToYaml(SyntheticStudies.Create("memory-warm-up", options.Themes, 20, 200)));
            await UploadAsync(http, "memory-warm-up.yaml", small, cancellationToken);
            await PostAsync(http, ReadQuery, new { id = "memory-warm-up" }, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            rows.Add(Row("warm: after a 200-quote importStudy and a read, 5 s later", process));

            var id = $"memory-{options.MemoryQuotes}";
            var yaml = Encoding.UTF8.GetBytes(StudyDocumentWriter.ToYaml(
                SyntheticStudies.Create(id, options.Themes, Math.Min(options.Participants, options.MemoryQuotes), options.MemoryQuotes)));
            var clock = Stopwatch.StartNew();
            var import = await UploadAsync(http, $"{id}.yaml", yaml, cancellationToken);
            rows.Add(Row($"right after importStudy of {yaml.Length / 1_000_000.0:0.0} MB of YAML ({Report.Seconds(clock.Elapsed)}: {import})", process));
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            rows.Add(Row("10 s after the import", process));

            for (var i = 0; i < 3; i++)
            {
                await PostAsync(http, ReadQuery, new { id }, cancellationToken);
            }

            rows.Add(Row("after 3 reads of the study's themes and quotes", process));
            for (var waited = 0; waited < options.MemoryIdleSeconds; waited += 10)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, options.MemoryIdleSeconds - waited)), cancellationToken);
            }

            rows.Add(Row($"after {options.MemoryIdleSeconds} s idle", process));
            static double Mb(string[] row) => double.Parse(row[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            var (resting, warm) = (Mb(rows[0]), Mb(rows[1]));
            foreach (var row in rows)
            {
                row[2] = (Mb(row) / resting).ToString("0.00'×'", System.Globalization.CultureInfo.InvariantCulture);
                row[3] = (Mb(row) / warm).ToString("0.00'×'", System.Globalization.CultureInfo.InvariantCulture);
            }

            Report.Table(output, ["moment", "VmRSS", "vs resting", "vs warm", "VmHWM (peak)"], rows);
            output.WriteLine();
            output.WriteLine($"GC: {GcSettings(apiFolder)}");
            output.WriteLine();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    private static string[] Row(string moment, Process process)
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        string Mb(string field) => (long.Parse(status.Single(l => l.StartsWith(field + ":", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            System.Globalization.CultureInfo.InvariantCulture) / 1024.0).ToString("0 'MB'", System.Globalization.CultureInfo.InvariantCulture);
        return [moment, Mb("VmRSS"), "", "", Mb("VmHWM")];
    }

    private static string GcSettings(string apiFolder)
    {
        var config = Path.Combine(apiFolder, "bin", "Release", "net10.0", "RealistGraph.Api.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var settings = json.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var props)
            ? props.EnumerateObject().Where(p => p.Name.StartsWith("System.GC.", StringComparison.Ordinal)).Select(p => $"{p.Name}={p.Value}")
            : [];
        var fromEnvironment = Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => k.StartsWith("DOTNET_GC", StringComparison.OrdinalIgnoreCase))
            .Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}");
        var all = settings.Concat(fromEnvironment).ToList();
        return all.Count == 0 ? "runtime defaults" : string.Join(", ", all);
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process process, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with {process.ExitCode} before it was ready");
            }

            try
            {
                using var response = await http.GetAsync("/health/ready", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(120))
            {
                throw new TimeoutException("the service was not ready within 120 s");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static async Task<string> UploadAsync(HttpClient http, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        const string mutation = "mutation($file: StudyFileInput!) { importStudy(file: $file) { studyId change } }";
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(JsonSerializer.Serialize(new { query = mutation, variables = new { file = new { name = fileName, content = (string?)null } } }), Encoding.UTF8), "operations");
        form.Add(new StringContent("""{"0": ["variables.file.content"]}""", Encoding.UTF8), "map");
        form.Add(new ByteArrayContent(content), "0", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = form };
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        using var response = await http.SendAsync(request, cancellationToken);
        var data = Data(await response.Content.ReadAsStringAsync(cancellationToken));
        return data.GetProperty("importStudy").GetProperty("change").GetString() ?? "";
    }

    private static async Task PostAsync(HttpClient http, string query, object? variables, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync("/graphql",
            new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"), cancellationToken);
        Data(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static JsonElement Data(string reply)
    {
        using var json = JsonDocument.Parse(reply);
        return json.RootElement.TryGetProperty("errors", out var errors)
            ? throw new InvalidOperationException($"GraphQL errors: {errors}")
            : json.RootElement.GetProperty("data").Clone();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
