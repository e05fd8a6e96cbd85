toLower(x.label) IN $labels
