toLower(x.code) = toLower(trim($code))
