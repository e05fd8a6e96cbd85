toLower(x.site) IN $sites
