x.confidence IN $confidences
