using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Questions;

/// <summary>
/// Clients outside .NET (graphql-js, GraphiQL, code generators) first read the schema with the standard
/// introspection query; the service must answer it. It once refused it as "too complex" (1,582,804 against the
/// 250,000 limit), which left tests/graphql-client and every such client without a schema.
/// </summary>
public sealed class IntrospectionIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    /// <summary>graphql-js 16's <c>getIntrospectionQuery({ descriptions: true })</c>, verbatim.</summary>
    private const string StandardIntrospection = """
            query IntrospectionQuery {
              __schema {

                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types {
                  ...FullType
                }
                directives {
                  name
                  description



                  locations
                  args {
                    ...InputValue
                  }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description


              fields(includeDeprecated: true) {
                name
                description
                args {
                  ...InputValue
                }
                type {
                  ...TypeRef
                }
                isDeprecated
                deprecationReason
              }
              inputFields {
                ...InputValue
              }
              interfaces {
                ...TypeRef
              }
              enumValues(includeDeprecated: true) {
                name
                description
                isDeprecated
                deprecationReason
              }
              possibleTypes {
                ...TypeRef
              }
            }

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue


            }

            fragment TypeRef on __Type {
              kind
              name
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                            ofType {
                              name
                              kind
                              ofType {
                                name
                                kind
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }

        """;

    [Fact]
    public async Task The_standard_introspection_query_is_answered()
    {
        var data = await Fixture.DataAsync(StandardIntrospection);
        var schema = data.GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").Str("name"));
        Assert.Equal("Mutation", schema.GetProperty("mutationType").Str("name"));
        var types = schema.GetProperty("types").Strings("name");
        Assert.Contains("CogModel", types);
        Assert.Contains("Rotation", types);
    }

    [Fact]
    public async Task Data_requests_are_still_limited_in_depth()
    {
        // Deeper than the service's depth limit (15): quote -> themes -> quotes -> ... over and over.
        var nested = string.Concat(Enumerable.Repeat("themes { quotes { ", 9)) + "id" + string.Concat(Enumerable.Repeat(" } }", 9));
        var reply = await Fixture.GraphQLAsync("{ quotes(first: 1) { nodes { " + nested + " } } }");
        Assert.True(reply.TryGetProperty("errors", out var errors), "expected the depth limit to refuse the request");
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("depth", StringComparison.OrdinalIgnoreCase));
    }
}
