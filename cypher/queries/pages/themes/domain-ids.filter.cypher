x.domainId IN $domainIds
