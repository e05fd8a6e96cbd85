x.participantId IN $participantIds
