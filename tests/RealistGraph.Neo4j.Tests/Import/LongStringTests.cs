using System.Diagnostics.Tracing;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Wire;

namespace RealistGraph.Neo4j.Tests.Import;

/// <summary>
/// Issue 11: a study's QDA identity is one string of millions of characters that needs escaping (it is JSON). Written
/// whole, System.Text.Json borrows six times its length to escape it; <see cref="LongStringConverter"/> writes it in
/// pieces. The bytes, and so the stored content hashes and what Neo4j stores, stay the same.
/// </summary>
public class LongStringTests
{
    /// <summary>About the identity of 50,000 selections; pieces end on a surrogate pair, quotes and non-ASCII everywhere.</summary>
    private static readonly string Identity = BuildIdentity(3_000_000);

    /// <summary>CypherJson.Options as they were before the converter.</summary>
    private static readonly JsonSerializerOptions _cypherJsonBefore = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly JsonSerializerOptions _inPieces = new() { Converters = { new LongStringConverter() } };
    private static readonly JsonSerializerOptions _relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions _relaxedInPieces = new(_relaxed) { Converters = { new LongStringConverter() } };

    [Fact]
    public void The_content_hash_of_a_study_with_a_long_identity_is_unchanged_and_borrows_no_buffer_of_its_size()
    {
        var graph = Graph(Identity);

        var (hash, largest) = LargestRent(() => StudyGraphWriter.ContentHash(graph));

        Assert.Equal(Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(graph))), hash);
        // Whole, escaping borrowed 6 × 3 M chars (33.5 M as the pool rounds); the JSON's own buffer, doubled past its 3.3 MB, is allowed.
        Assert.True(largest < 3 * Identity.Length, $"hashing borrowed an array of {largest:N0} elements for an identity of {Identity.Length:N0} characters");
    }

    [Fact]
    public void A_request_with_a_long_identity_borrows_no_buffer_of_its_size()
    {
        var statement = new CypherStatement("CREATE (s:Study) SET s.qda = $qda", new Dictionary<string, object?> { ["qda"] = Identity });

        var (_, largest) = LargestRent(() => new TransactionalWireFormat().RequestBody([statement]));

        Assert.True(largest < 3 * Identity.Length, $"the request borrowed an array of {largest:N0} elements for an identity of {Identity.Length:N0} characters");
    }

    [Fact]
    public void A_long_parameter_travels_in_the_same_bytes()
    {
        var statement = new CypherStatement("CREATE (s:Study) SET s.qda = $qda", new Dictionary<string, object?>
        {
            ["qda"] = Identity,
            ["rows"] = new[] { new Dictionary<string, object?> { ["id"] = "s/q1", ["text"] = Identity[..40_000] } },
        });
        var expected = JsonSerializer.SerializeToUtf8Bytes(
            new { statements = new[] { new { statement = statement.Text, parameters = statement.Parameters, resultDataContents = new[] { "row" } } } },
            _cypherJsonBefore);

        Assert.Equal(expected, new TransactionalWireFormat().RequestBody([statement]));
    }

    [Theory]
    [InlineData("plain ascii", false)]
    [InlineData("\"quoted\" \\ and <tags> & é ü 😀 \u0001", false)]
    [InlineData("\"quoted\" \\ and <tags> & é ü 😀 \u0001", true)]
    public void Pieces_give_the_bytes_of_one_write_whatever_the_characters(string pattern, bool relaxed)
    {
        var text = string.Concat(Enumerable.Repeat(pattern, (3 * LongStringConverter.Segment / pattern.Length) + 7));
        var (whole, pieces) = relaxed ? (_relaxed, _relaxedInPieces) : (JsonSerializerOptions.Default, _inPieces);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(new[] { text }, whole), JsonSerializer.SerializeToUtf8Bytes(new[] { text }, pieces));
    }

    /// <summary>What <paramref name="action"/> gives and the largest array it rented from a shared pool on this thread.</summary>
    private static (T Result, long Largest) LargestRent<T>(Func<T> action)
    {
        using var rents = new RentListener();
        RentListener.Measuring = true;
        try
        {
            return (action(), rents.Largest);
        }
        finally
        {
            RentListener.Measuring = false;
        }
    }

    private static string BuildIdentity(int length)
    {
        var text = new StringBuilder(length + 100);
        var i = 0;
        while (text.Length < length)
        {
            // A surrogate pair straddles the end of each 16 K characters.
            var toEnd = LongStringConverter.Segment - (text.Length % LongStringConverter.Segment);
            if (toEnd < 40)
            {
                text.Append('x', toEnd - 1).Append("😀");
            }

            text.Append("{\"id\":\"s/q").Append(i++).Append("\",\"guid\":\"é-").Append(i % 97).Append("\"},");
        }

        return text.ToString();
    }

    private static StudyGraph Graph(string qda) => new(
        new Study("s", "A study", ["An author"], 2026, null, null, null, null, null, null) { Qda = qda },
        [], [], [], [], [], [], [], [], [], [], [], [], [], []);

    /// <summary>The .NET array pools' rents (<c>System.Buffers.ArrayPoolEventSource</c>), raised on the renting thread.</summary>
    private sealed class RentListener : EventListener
    {
        [ThreadStatic]
        public static bool Measuring;

        public long Largest { get; private set; }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "System.Buffers.ArrayPoolEventSource")
            {
                EnableEvents(eventSource, EventLevel.Verbose);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (Measuring && eventData.EventName == "BufferRented" && eventData.Payload?[1] is int size)
            {
                Largest = Math.Max(Largest, size);
            }
        }
    }
}
