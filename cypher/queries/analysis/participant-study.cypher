MATCH (p:Participant {id: $participantId})
RETURN p.studyId AS studyId
