x.valence IN $valences
