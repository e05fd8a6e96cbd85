using GraphQL.Validation;
using Microsoft.Extensions.Options;
using RealistGraph.Api.GraphQL.Limits;
using RealistGraph.Api.Hosting;

namespace RealistGraph.Api.GraphQL.Http;

/// <summary>
/// The validation rules of a request, made once: the full set for a document seen for the first time, and the rules
/// that run again on a document from <see cref="Execution.ValidatedDocumentCache"/>. Only rules that read the text
/// alone are left out of the second set (the core rules, <see cref="DocumentShapeRule"/>); the cost and text lengths
/// depend on the variables, <see cref="QueriesOnlyOverGet"/> on the method, introspection on a setting, and the
/// caller's access (<see cref="Auth.AccessRule"/>, added to both sets where it is registered) on the credential.
/// </summary>
public sealed class ValidationRuleSets
{
    private readonly IValidationRule[] _post;
    private readonly IValidationRule[] _get;
    private readonly IValidationRule[] _postCached;
    private readonly IValidationRule[] _getCached;

    public ValidationRuleSets(IOptions<RealistOptions> options, IOptions<RequestLimits> limits)
    {
        IValidationRule[] perRequest = [new QueryCostRule(limits.Value), new InputTextLengthRule(limits.Value), .. options.Value.Introspection ? [] : new[] { new IntrospectionOffRule() }];

        // The shape limits first: their errors lead the list when a document of repeated mistakes is cut short.
        _post = [new DocumentShapeRule(limits.Value), .. DocumentValidator.CoreRules, .. perRequest];
        _get = [.. _post, new QueriesOnlyOverGet()];
        _postCached = perRequest;
        _getCached = [.. perRequest, new QueriesOnlyOverGet()];
    }

    public IEnumerable<IValidationRule> Full(bool allowMutations) => allowMutations ? _post : _get;

    public IEnumerable<IValidationRule> ForCachedDocument(bool allowMutations) => allowMutations ? _postCached : _getCached;
}
