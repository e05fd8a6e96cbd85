namespace RealistGraph.Neo4j.Client;

public enum CypherApi
{
    /// <summary>Neo4j 3.x: <c>/db/data/transaction</c>.</summary>
    Transactional3,

    /// <summary>Neo4j 4.x and 5.x: <c>/db/{database}/tx</c>.</summary>
    Transactional,

    /// <summary>Neo4j 5.19+ and Aura: <c>/db/{database}/query/v2</c>.</summary>
    QueryV2,
}

/// <summary>What <c>GET /</c> told us about the server: which API to speak and where.</summary>
public sealed record ServerEndpoints(CypherApi Api, string? AdvertisedVersion, string TransactionPath)
{
    public string AutoCommitPath => Api == CypherApi.QueryV2 ? TransactionPath : TransactionPath + "/commit";

    public string BeginPath => Api == CypherApi.QueryV2 ? TransactionPath + "/tx" : TransactionPath;
}
