x.polarity IN $polarities
