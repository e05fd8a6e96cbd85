using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using RealistGraph.Api.GraphQL.Execution;

namespace RealistGraph.Api.GraphQL.Http;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as JSON into a stream, the execution nodes walked here instead of in one
/// serializer call, and flushed every <see cref="FlushBytes"/>: a <see cref="LimitedBuffer"/> stops an answer as soon
/// as it passes the response cap (one serializer call built the whole answer in memory first), and a hang-up is seen
/// between flushes. Errors, extensions and unusual values are written by GraphQL.NET's serializer, as before.
/// </summary>
public sealed class ResponseWriter(IGraphQLTextSerializer serializer, JsonWriterOptions options)
{
    /// <summary>
    /// The writer over a stream gathers what it writes in a buffer that doubles as it fills: flushed at 64 KB it grew to
    /// 128 KB, a large-object allocation per answer (which brings gen-2 collections); at 16 KB it stays at 32 KB.
    /// </summary>
    private const int FlushBytes = 16 * 1024;

    public void Write(Stream stream, ExecutionResult result, CancellationToken cancellationToken)
    {
        using var writer = new Utf8JsonWriter(stream, options);
        var output = new Output(writer, serializer, cancellationToken);
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            output.Raw(errors);
        }

        if (result.Executed)
        {
            writer.WritePropertyName("data");
            if (result.Data is ExecutionNode node)
            {
                output.Node(node);
            }
            else
            {
                output.Raw(result.Data);
            }
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            output.Raw(extensions);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private readonly struct Output(Utf8JsonWriter writer, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        public void Node(ExecutionNode? node)
        {
            switch (node)
            {
                case null or NullExecutionNode:
                    writer.WriteNullValue();
                    break;
                case ValueExecutionNode value:
                    Value(value.ToValue());
                    break;
                case ObjectExecutionNode { SubFields: null }:
                    writer.WriteNullValue();
                    break;
                case ObjectExecutionNode objectNode:
                    writer.WriteStartObject();
                    foreach (var child in objectNode.SubFields)
                    {
                        writer.WritePropertyName(child.Name!);
                        Node(child);
                    }

                    writer.WriteEndObject();
                    break;
                case ArrayExecutionNode { Items: { } items }:
                    writer.WriteStartArray();
                    foreach (var item in items)
                    {
                        Node(item);
                        FlushNow();
                    }

                    writer.WriteEndArray();
                    break;
                case ArrayExecutionNode { SerializedResult: FlatObjectCollection rows }:
                    Rows(rows);
                    break;
                case ArrayExecutionNode { SerializedResult: null }:
                    writer.WriteNullValue();
                    break;
                case ArrayExecutionNode array:
                    Raw(array.SerializedResult);
                    break;
                default:
                    Raw(node.ToValue());
                    break;
            }
        }

        public void Raw(object? value) => writer.WriteRawValue(serializer.Serialize(value), skipInputValidation: true);

        private void Rows(FlatObjectCollection rows)
        {
            var encoder = writer.Options.Encoder;
            var names = rows.Names.Select(n => JsonEncodedText.Encode(n, encoder)).ToArray();
            writer.WriteStartArray();
            for (var row = 0; row < rows.Count; row++)
            {
                writer.WriteStartObject();
                for (var column = 0; column < names.Length; column++)
                {
                    writer.WritePropertyName(names[column]);
                    if (!rows.TryWrite(writer, row, column))
                    {
                        Raw(rows.Cell(row, column));
                    }
                }

                writer.WriteEndObject();
                FlushNow();
            }

            writer.WriteEndArray();
        }

        private void Value(object? value)
        {
            if (!JsonScalars.TryWrite(writer, value))
            {
                Raw(value);
            }
        }

        /// <summary>Hands what is written so far to the stream once there is enough of it, and looks at the token.</summary>
        private void FlushNow()
        {
            if (writer.BytesPending >= FlushBytes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.Flush();
            }
        }
    }
}
